import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** Test support: a workbook built with exceljs, as the bytes of an .xlsx file. */
export const xlsxBytes = async (build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

/** Test support: the same package with some parts' text rewritten (what other writers put in a file). */
export const rewriteParts = async (bytes: Uint8Array, edit: (name: string, xml: string) => string): Promise<Uint8Array> => {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files)) {
    const entry = zip.file(name);
    if (!entry || !name.endsWith('.xml')) continue;
    const xml = await entry.async('string');
    const edited = edit(name, xml);
    if (edited !== xml) zip.file(name, edited);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
};

/**
 * Test support: Excel's Chinese built-in date formats as Excel writes them — numFmtId 31 and friends
 * with no format code in the file — made from exceljs's custom formats with those codes.
 */
export const useBuiltInNumFmts = (bytes: Uint8Array, ids: Readonly<Record<string, number>>): Promise<Uint8Array> =>
  rewriteParts(bytes, (name, xml) => {
    if (name !== 'xl/styles.xml') return xml;
    let out = xml;
    for (const [code, id] of Object.entries(ids)) {
      const escaped = code.replace(/"/g, '&quot;');
      const custom = new RegExp(`<numFmt numFmtId="(\\d+)" formatCode="${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*/>`).exec(out);
      if (!custom) throw new Error(`no custom format ${code}`);
      out = out.replace(custom[0], '').replaceAll(`numFmtId="${custom[1]}"`, `numFmtId="${id}"`);
    }
    return out;
  });
