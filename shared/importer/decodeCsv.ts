import type { CsvEncoding } from './importTypes.ts';
import { parseCsvText } from './parseCsvText.ts';

export type DecodedCsv = { encoding: CsvEncoding; rows: string[][] };

/** The encoding by byte-order mark, else UTF-8 if the bytes are valid UTF-8, else GB18030 (a superset of GBK, what Chinese Excel and WPS save). */
const detectEncoding = (bytes: Uint8Array): { encoding: CsvEncoding; skip: number } => {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', skip: 0 };
  } catch {
    return { encoding: 'gb18030', skip: 0 };
  }
};

/**
 * CSV bytes as text rows: UTF-8 with or without BOM, GBK/GB18030 (Excel's default "CSV" on Chinese
 * Windows), or UTF-16 with BOM; parsed per RFC 4180 (see parseCsvText). TextDecoder('gb18030') works
 * in browsers, workers and Node alike.
 */
export const decodeCsv = (bytes: Uint8Array, maxRows = Infinity): DecodedCsv => {
  const { encoding, skip } = detectEncoding(bytes);
  const text = new TextDecoder(encoding).decode(bytes.subarray(skip));
  return { encoding, rows: parseCsvText(text, maxRows) };
};
