import type { ZipEntry } from '../inspectZip.ts';
import { entryTextChunks } from './entryChunks.ts';
import { cellFormat, type CellFormat } from './numberFormats.ts';
import { readAttrs } from './readAttrs.ts';
import { scanXmlChunks, type XmlHandler } from './scanXml.ts';
import { decodeXmlText } from './xmlText.ts';

/**
 * The number format of each cell style (a cell's s="N" indexes cellXfs), which is how a date is told
 * from a number. Only numFmts and cellXfs are read; fonts, fills and borders are skipped.
 */
export const readStyles = async (bytes: Uint8Array, entry: ZipEntry | undefined, maxBytes: number): Promise<CellFormat[]> => {
  if (!entry) return [];
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  const attrs = new Map<string, string>();
  let inCellXfs = false;
  const handler: XmlHandler = {
    wantsText: false,
    open: (local, xml, start, end, selfClosing) => {
      if (local === 'numFmt') {
        readAttrs(xml, start, end, attrs);
        const id = Number(attrs.get('numFmtId'));
        if (Number.isInteger(id)) custom.set(id, decodeXmlText(attrs.get('formatCode') ?? ''));
      } else if (local === 'cellXfs') inCellXfs = !selfClosing;
      else if (local === 'xf' && inCellXfs) xfIds.push(Number(readAttrs(xml, start, end, attrs).get('numFmtId') ?? 0) || 0);
    },
    close: (local) => {
      if (local === 'cellXfs') inCellXfs = false;
    },
    text: () => undefined,
  };
  await scanXmlChunks(entryTextChunks(bytes, entry, maxBytes), handler);
  return xfIds.map((id) => cellFormat(id, custom));
};
