/** The 0-based column of a cell reference (A1 → 0, AB12 → 27); -1 when it does not start with letters. */
export const columnOfRef = (ref: string): number => {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    column = column * 26 + (c - 96);
  }
  return i === 0 ? -1 : column - 1;
};

/** The 1-based row of a cell reference (AB12 → 12); NaN without one. */
export const rowOfRef = (ref: string): number => {
  let i = 0;
  while (i < ref.length && (ref.charCodeAt(i) | 0x20) >= 97 && (ref.charCodeAt(i) | 0x20) <= 122) i++;
  return i < ref.length ? Number(ref.slice(i)) : Number.NaN;
};
