import { importFailure } from './importFailure.ts';
import type { ImportFailure, ImportLimits } from './importTypes.ts';

/**
 * One file in the zip, as its central-directory record describes it. `name` is normalized (a leading
 * '/' dropped, Windows '\\' separators turned into '/'); `localOffset` is where its local header starts.
 */
export type ZipEntry = { name: string; method: number; compressed: number; uncompressed: number; localOffset: number; encrypted: boolean };

/** What the zip's central directory says, read without unpacking anything. */
export type ZipInspection = {
  ok: true;
  entryCount: number;
  /** Entry names, normalized as in ZipEntry. */
  names: string[];
  entries: ZipEntry[];
  totalUncompressedBytes: number;
  /** Uncompressed bytes of the worksheet parts: a package with data that reads as empty is not really empty. */
  worksheetBytes: number;
};

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX_ENTRIES = 20_000;
const utf8 = new TextDecoder('utf-8');

/** The end-of-central-directory record: it sits in the last 22 + 65535 (comment) bytes. */
const findEocd = (view: DataView): number => {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= stop; at--) if (view.getUint32(at, true) === EOCD) return at;
  return -1;
};

/** Central directory offset and entry count, from the zip64 record when the classic one is saturated. */
const directoryBounds = (view: DataView, eocd: number): { offset: number; count: number } | null => {
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return null;
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) return null;
    count = Number(view.getBigUint64(record + 32, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  return offset < view.byteLength ? { offset, count } : null;
};

const SATURATED = 0xffffffff;

/**
 * Uncompressed size, compressed size and local-header offset: the 32-bit fields, or for each saturated
 * one (in that order) the next 64-bit value of the zip64 extra field (id 1).
 */
const entrySizes = (view: DataView, at: number, extraStart: number, extraLength: number): [number, number, number] => {
  const sizes: [number, number, number] = [view.getUint32(at + 24, true), view.getUint32(at + 20, true), view.getUint32(at + 42, true)];
  if (!sizes.includes(SATURATED)) return sizes;
  for (let p = extraStart; p + 4 <= extraStart + extraLength; ) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 1) {
      let field = p + 4;
      for (let i = 0; i < 3; i++) {
        if (sizes[i] !== SATURATED || field + 8 > p + 4 + size) continue;
        sizes[i] = Number(view.getBigUint64(field, true));
        field += 8;
      }
      return sizes;
    }
    p += 4 + size;
  }
  return sizes;
};

const readEntries = (bytes: Uint8Array, view: DataView, offset: number, count: number): ZipEntry[] | null => {
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength > view.byteLength) return null;
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/\\/g, '/').replace(/^\//, '');
    const [uncompressed, compressed, localOffset] = entrySizes(view, at, at + 46 + nameLength, extraLength);
    entries.push({ name, method: view.getUint16(at + 10, true), compressed, uncompressed, localOffset, encrypted: (view.getUint16(at + 8, true) & 1) === 1 });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
};

/** A zip that holds no spreadsheet at all: another Office document or a plain archive; null when it may be one. */
const notAWorkbook = (names: readonly string[]): ImportFailure | null => {
  if (names.some((n) => /(^|\/)(workbook|sheet\d*)\.xml$/i.test(n) || /^xl\//i.test(n))) return null;
  if (names.includes('word/document.xml')) return importFailure('notSpreadsheet', '这是 Word 文档');
  if (names.includes('ppt/presentation.xml')) return importFailure('notSpreadsheet', '这是 PowerPoint 演示文稿');
  return importFailure('notSpreadsheet', '这是一个普通压缩包');
};

/**
 * Reads the zip's central directory (no unpacking) and refuses what must never be unpacked: zip
 * bombs (declared sizes over the limit), encrypted entries, a broken directory, and archives that hold
 * no spreadsheet. Sizes can lie: the reader also stops an entry that inflates past its declared size,
 * and the worker's memory cap is the last line of defence.
 */
export const inspectZip = (bytes: Uint8Array, limits: ImportLimits): ZipInspection | ImportFailure => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = bytes.length >= 22 ? findEocd(view) : -1;
  const bounds = eocd < 0 ? null : directoryBounds(view, eocd);
  if (!bounds) return importFailure('corrupt', '文件不完整（可能没有下载或复制完整）');
  if (bounds.count > MAX_ENTRIES) return importFailure('corrupt', `文件包含 ${bounds.count} 个部件，远超正常表格`);
  const entries = readEntries(bytes, view, bounds.offset, bounds.count);
  if (!entries) return importFailure('corrupt', '文件目录已损坏');
  if (entries.some((e) => e.encrypted)) return importFailure('encrypted');
  const total = entries.reduce((sum, e) => sum + e.uncompressed, 0);
  if (total > limits.maxUncompressedBytes) {
    return importFailure('tooLarge', `文件解压后约 ${Math.round(total / 1024 / 1024)} MB，超过上限 ${Math.round(limits.maxUncompressedBytes / 1024 / 1024)} MB`);
  }
  const names = entries.map((e) => e.name);
  const refused = notAWorkbook(names);
  if (refused) return refused;
  const worksheetBytes = entries.filter((e) => /(^|\/)(worksheets\/[^/]+|sheet\d*)\.xml$/i.test(e.name)).reduce((sum, e) => sum + e.uncompressed, 0);
  return { ok: true, entryCount: entries.length, names, entries, totalUncompressedBytes: total, worksheetBytes };
};
