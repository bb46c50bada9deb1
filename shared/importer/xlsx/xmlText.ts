const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Excel's escape for characters XML cannot hold (a CR is _x000D_); _x005F_ escapes the underscore itself. */
const EXCEL_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

const codePoint = (n: number): string => (n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\uFFFD');

/** XML's end-of-line handling: a literal CR LF or lone CR in the file is a LF (an escaped &#13; stays a CR). */
const normalizeLineEnds = (text: string): string => (text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n'));

/** Raw XML text as a parser delivers it: line ends normalized, character and predefined entity references resolved (others left as written). */
export const decodeXmlText = (raw: string): string => {
  const text = normalizeLineEnds(raw);
  return text.indexOf('&') < 0 ? text : text.replace(ENTITY, (_m, hex: string | undefined, dec: string | undefined, named: string | undefined) => (named ? (NAMED[named] ?? '') : codePoint(hex ? parseInt(hex, 16) : Number(dec))));
};

/** Excel's _xHHHH_ escapes in cell text turned back into their characters. */
export const decodeExcelEscapes = (text: string): string => (text.indexOf('_x') < 0 ? text : text.replace(EXCEL_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))));

/** CDATA text made raw XML text again, so pieces of both kinds can be joined and decoded once. */
export const cdataAsRaw = (text: string): string => (text.indexOf('&') < 0 ? text : text.replace(/&/g, '&amp;'));
