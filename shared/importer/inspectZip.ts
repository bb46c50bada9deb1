import { importFailure } from './importFailure.ts';
import type { ImportFailure, ImportLimits } from './importTypes.ts';

/** What the zip's central directory says, read without unpacking anything. */
export type ZipInspection = {
  ok: true;
  entryCount: number;
  /** Entry names, a leading '/' dropped (as exceljs does). */
  names: string[];
  totalUncompressedBytes: number;
  /** Uncompressed bytes of the worksheet parts: a package with data that exceljs reads as empty is not really empty. */
  worksheetBytes: number;
};

type Entry = { name: string; uncompressed: number; encrypted: boolean };

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

/** An entry's uncompressed size: the 32-bit field, or the zip64 extra field (id 1) when that one is saturated. */
const uncompressedSize = (view: DataView, at: number, extraStart: number, extraLength: number): number => {
  const classic = view.getUint32(at + 24, true);
  if (classic !== 0xffffffff) return classic;
  for (let p = extraStart; p + 4 <= extraStart + extraLength; ) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 1 && size >= 8) return Number(view.getBigUint64(p + 4, true));
    p += 4 + size;
  }
  return classic;
};

const readEntries = (bytes: Uint8Array, view: DataView, offset: number, count: number): Entry[] | null => {
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength > view.byteLength) return null;
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/^\//, '');
    const uncompressed = uncompressedSize(view, at, at + 46 + nameLength, extraLength);
    entries.push({ name, uncompressed, encrypted: (view.getUint16(at + 8, true) & 1) === 1 });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
};

/** A zip without a spreadsheet part: another Office document, a plain archive, or a broken package. */
const notAWorkbook = (names: readonly string[]): ImportFailure => {
  if (names.includes('word/document.xml')) return importFailure('notSpreadsheet', '这是 Word 文档');
  if (names.includes('ppt/presentation.xml')) return importFailure('notSpreadsheet', '这是 PowerPoint 演示文稿');
  if (!names.some((n) => n.startsWith('xl/') || /(^|\/)workbook\.xml$/.test(n))) return importFailure('notSpreadsheet', '这是一个普通压缩包');
  return importFailure('corrupt', '文件缺少标准的工作簿部分（xl/workbook.xml），可能由非标准软件生成');
};

/**
 * Reads the zip's central directory (no unpacking) and refuses what exceljs must never see: zip
 * bombs (declared sizes over the limit), encrypted entries, a broken directory, and packages without
 * xl/workbook.xml (exceljs reads those as an empty workbook, or fails with a cryptic message).
 * Sizes can lie; the worker's memory cap is the last line of defence.
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
  if (!names.includes('xl/workbook.xml')) return notAWorkbook(names);
  const worksheetBytes = entries.filter((e) => /^xl\/(worksheets|chartsheets)\/[^/]+\.xml$/i.test(e.name)).reduce((sum, e) => sum + e.uncompressed, 0);
  return { ok: true, entryCount: entries.length, names, totalUncompressedBytes: total, worksheetBytes };
};
