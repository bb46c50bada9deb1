const EQ = 61;
const QUOT = 34;
const APOS = 39;
const COLON = 58;

/**
 * The attributes of the tag xml[start, end] as local name → raw value (not entity-decoded), into
 * `into`, which callers reuse per tag to spare allocations. A namespace prefix is dropped (r:id → id).
 */
export const readAttrs = (xml: string, start: number, end: number, into: Map<string, string>): Map<string, string> => {
  into.clear();
  let i = start + 1;
  while (i < end && xml.charCodeAt(i) > 32 && xml.charCodeAt(i) !== 47 && xml.charCodeAt(i) !== 62) i++;
  while (i < end) {
    while (i < end && xml.charCodeAt(i) <= 32) i++;
    const nameStart = i;
    let colon = -1;
    while (i < end && xml.charCodeAt(i) !== EQ && xml.charCodeAt(i) > 32 && xml.charCodeAt(i) !== 47) {
      if (xml.charCodeAt(i) === COLON) colon = i;
      i++;
    }
    const name = xml.slice(colon >= 0 ? colon + 1 : nameStart, i);
    while (i < end && xml.charCodeAt(i) <= 32) i++;
    if (xml.charCodeAt(i) !== EQ) {
      i++;
      continue;
    }
    i++;
    while (i < end && xml.charCodeAt(i) <= 32) i++;
    const quote = xml.charCodeAt(i);
    if (quote !== QUOT && quote !== APOS) continue;
    const close = xml.indexOf(String.fromCharCode(quote), i + 1);
    if (close < 0 || close > end) break;
    if (name !== '') into.set(name, xml.slice(i + 1, close));
    i = close + 1;
  }
  return into;
};
