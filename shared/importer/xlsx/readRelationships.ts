import type { ZipEntry } from '../inspectZip.ts';
import { entryText } from './entryChunks.ts';
import { readAttrs } from './readAttrs.ts';
import { scanXmlChunks, type XmlHandler } from './scanXml.ts';
import { decodeXmlText } from './xmlText.ts';

/** A relationship of a package part: its id, the last segment of its type URI (worksheet, styles…), and the target's zip path. */
export type Relationship = { id: string; type: string; path: string };

/** `target` resolved against the folder of the part that refers to it (absolute targets start at the package root). */
export const resolvePartPath = (fromPart: string, target: string): string => {
  const base = target.startsWith('/') ? [] : fromPart.split('/').slice(0, -1);
  for (const segment of target.replace(/\\/g, '/').split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
};

/** The .rels part that belongs to `part` (xl/workbook.xml → xl/_rels/workbook.xml.rels; '' → _rels/.rels). */
export const relsPathOf = (part: string): string => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

/** The relationships of `part`; none when it has no .rels part. */
export const readRelationships = async (bytes: Uint8Array, find: (path: string) => ZipEntry | undefined, part: string, maxBytes: number): Promise<Relationship[]> => {
  const entry = find(relsPathOf(part));
  if (!entry) return [];
  const rels: Relationship[] = [];
  const attrs = new Map<string, string>();
  const handler: XmlHandler = {
    wantsText: false,
    open: (local, xml, start, end) => {
      if (local !== 'Relationship') return;
      readAttrs(xml, start, end, attrs);
      if (attrs.get('TargetMode') === 'External') return;
      const target = decodeXmlText(attrs.get('Target') ?? '');
      const type = (attrs.get('Type') ?? '').split('/').pop() ?? '';
      if (target !== '') rels.push({ id: attrs.get('Id') ?? '', type, path: resolvePartPath(part, target) });
    },
    close: () => undefined,
    text: () => undefined,
  };
  const text = await entryText(bytes, entry, maxBytes);
  await scanXmlChunks([text], handler);
  return rels;
};
