import { headerKey } from './headerKey.ts';

/** 53-bit string hash (cyrb53): stable across runs and platforms, short enough for the batch's 100-character field. */
const hash = (text: string): string => {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
};

/**
 * A signature of a file's column layout — the column count and every title as matching reads it —
 * so a mapping the user fixed once is offered again for the next file shaped alike (next month's export).
 */
export const layoutKey = (headers: readonly string[]): string => `v1:${headers.length}:${hash(headers.map(headerKey).join('\u0001'))}`;
