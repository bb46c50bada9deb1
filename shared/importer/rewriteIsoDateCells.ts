/** A cell written with t="d" (an ISO 8601 date as text), which exceljs misreads as the serial of its year. */
const ISO_CELL = /<c\b([^>]*?)\st="d"([^>]*)>\s*<v>([^<]*)<\/v>\s*<\/c>/g;

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** 2015-07-06T13:05:00.000Z → 2015-07-06 13:05:00: text the date parsers read, the zone dropped as a wall clock. */
const isoAsText = (iso: string): string => iso.trim().replace('T', ' ').replace(/(\.\d+)?(Z|[+-]\d\d:?\d\d)?$/, '').replace(/ 00:00:00$/, '');

const rewrite = (xml: string): string =>
  xml.replace(ISO_CELL, (_m, before: string, after: string, iso: string) => `<c${before} t="inlineStr"${after}><is><t>${escapeXml(isoAsText(iso))}</t></is></c>`);

/**
 * A worksheet's XML chunks with t="d" cells turned into inline text ("2015-07-06"), which the
 * importer reads as a date like any typed date. Chunks are cut before the last `<c` so a cell never
 * straddles two; sheets without t="d" (every Excel file) pass through untouched.
 */
export async function* rewriteIsoDateCells(chunks: AsyncIterable<unknown>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let carry = '';
  for await (const chunk of chunks) {
    const text = carry + (typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true }));
    const cut = text.lastIndexOf('<c');
    const ready = cut > 0 ? text.slice(0, cut) : '';
    carry = cut > 0 ? text.slice(cut) : text;
    if (ready !== '') yield ready.includes('t="d"') ? rewrite(ready) : ready;
  }
  if (carry !== '') yield carry.includes('t="d"') ? rewrite(carry) : carry;
}
