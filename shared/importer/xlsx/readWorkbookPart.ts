import type { ZipEntry } from '../inspectZip.ts';
import { entryText } from './entryChunks.ts';
import { readAttrs } from './readAttrs.ts';
import { readRelationships, type Relationship } from './readRelationships.ts';
import { scanXmlChunks, type XmlHandler } from './scanXml.ts';
import { decodeXmlText } from './xmlText.ts';

/** A worksheet as the workbook lists it: its name, visibility and the zip path of its part ('' when the part is missing). */
export type SheetPart = { name: string; hidden: boolean; path: string };

/** What the workbook part says: sheets in tab order, the date system, and where the shared strings and styles are. */
export type WorkbookParts = { sheets: SheetPart[]; date1904: boolean; sharedStrings?: string; styles?: string };

type Listed = { name: string; hidden: boolean; relId: string };

/** The workbook part: where the package's root relationships point, else the usual paths (some writers omit the .rels). */
const findWorkbook = async (bytes: Uint8Array, find: (path: string) => ZipEntry | undefined, names: readonly string[], maxBytes: number): Promise<string | undefined> => {
  const root = await readRelationships(bytes, find, '', maxBytes);
  const office = root.find((r) => r.type === 'officeDocument' && find(r.path));
  if (office) return office.path;
  if (find('xl/workbook.xml')) return 'xl/workbook.xml';
  return names.find((n) => /(^|\/)workbook\.xml$/i.test(n));
};

const listSheets = async (xml: string): Promise<{ listed: Listed[]; date1904: boolean }> => {
  const listed: Listed[] = [];
  let date1904 = false;
  const attrs = new Map<string, string>();
  const handler: XmlHandler = {
    wantsText: false,
    open: (local, text, start, end) => {
      if (local === 'workbookPr') {
        const value = readAttrs(text, start, end, attrs).get('date1904');
        date1904 = value === '1' || value === 'true';
      } else if (local === 'sheet') {
        readAttrs(text, start, end, attrs);
        const state = attrs.get('state') ?? 'visible';
        listed.push({ name: decodeXmlText(attrs.get('name') ?? ''), hidden: state !== 'visible', relId: attrs.get('id') ?? '' });
      }
    },
    close: () => undefined,
    text: () => undefined,
  };
  await scanXmlChunks([xml], handler);
  return { listed, date1904 };
};

/** With no workbook part at all, the worksheet parts themselves, in their numbered order, named 工作表1, 工作表2… */
const orphanSheets = (names: readonly string[]): SheetPart[] =>
  names
    .filter((n) => /(^|\/)worksheets\/[^/]+\.xml$/i.test(n))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((path, i) => ({ name: `工作表${i + 1}`, hidden: false, path }));

const byType = (rels: readonly Relationship[], type: string): string | undefined => rels.find((r) => r.type === type)?.path;

/** Reads the workbook part and its relationships; `find` looks entries up by path, ignoring case. */
export const readWorkbookPart = async (bytes: Uint8Array, find: (path: string) => ZipEntry | undefined, names: readonly string[], maxBytes: number): Promise<WorkbookParts> => {
  const part = await findWorkbook(bytes, find, names, maxBytes);
  const entry = part === undefined ? undefined : find(part);
  if (part === undefined || !entry) return { sheets: orphanSheets(names), date1904: false, sharedStrings: names.find((n) => /(^|\/)sharedStrings\.xml$/i.test(n)), styles: names.find((n) => /(^|\/)styles\.xml$/i.test(n)) };
  const { listed, date1904 } = await listSheets(await entryText(bytes, entry, maxBytes));
  const rels = await readRelationships(bytes, find, part, maxBytes);
  const folder = part.slice(0, part.lastIndexOf('/') + 1);
  const sheets = listed.flatMap((s): SheetPart[] => {
    const rel = rels.find((r) => r.id === s.relId);
    // Chart sheets, dialog and macro sheets hold no cells to import.
    if (rel && rel.type !== 'worksheet') return [];
    return [{ name: s.name, hidden: s.hidden, path: rel?.path ?? '' }];
  });
  return { sheets, date1904, sharedStrings: byType(rels, 'sharedStrings') ?? `${folder}sharedStrings.xml`, styles: byType(rels, 'styles') ?? `${folder}styles.xml` };
};
