import { importFailure, RESAVE_ADVICE } from './importFailure.ts';
import type { FileKind, ImportFailure, ImportLimits, ImportSheet, ImportWorkbook, ReadControl } from './importTypes.ts';
import type { ZipEntry, ZipInspection } from './inspectZip.ts';
import type { ReadDeadline } from './readDeadline.ts';
import { ZipEntryError } from './xlsx/entryChunks.ts';
import { fillMerges } from './xlsx/fillMerges.ts';
import { readSharedStrings } from './xlsx/readSharedStrings.ts';
import { readSheet, TooManyRowsError, type SheetContext, type SheetStats } from './xlsx/readSheet.ts';
import { readStyles } from './xlsx/readStyles.ts';
import { readWorkbookPart } from './xlsx/readWorkbookPart.ts';
import { XmlError } from './xlsx/scanXml.ts';

class MissingStringsError extends Error {}

/** Warnings a person should see about how a sheet was read. */
const sheetWarnings = (name: string, stats: SheetStats, limits: ImportLimits): string[] => {
  const warnings: string[] = [];
  if (stats.formulasWithoutResult > 0) {
    warnings.push(`工作表「${name}」有 ${stats.formulasWithoutResult} 个公式单元格没有保存计算结果，按空白读取；如有需要，请在 Excel 中重新计算并保存后再导入`);
  }
  if (stats.cutColumns) warnings.push(`工作表「${name}」超过 ${limits.maxColumns} 列，之后的列未读取`);
  return warnings;
};

/** Sheets read; a package whose sheets all read empty although it holds sheet data is not "empty" but unreadable. */
const finish = (kind: FileKind, sheets: ImportSheet[], warnings: string[], inspection: ZipInspection): ImportWorkbook | ImportFailure => {
  if (sheets.some((s) => s.rows.length > 0)) return { kind, sheets, warnings };
  // An empty worksheet part is well under 1 KB; more than that per sheet means data we failed to see.
  if (inspection.worksheetBytes > 2048 * Math.max(1, sheets.length)) return importFailure('corrupt', '文件里有数据，但结构不标准，无法读取', RESAVE_ADVICE);
  return importFailure('empty');
};

/** A part that cannot be unpacked or parsed, worded for the user; null for an error that is not about the file. */
const damaged = (err: unknown): ImportFailure | null => {
  if (err instanceof XmlError || err instanceof ZipEntryError) return importFailure('corrupt', `文件内容无法解析（${err.message}）`);
  if (err instanceof MissingStringsError) return importFailure('corrupt', err.message);
  // DecompressionStream rejects corrupt deflate data with a TypeError.
  if (err instanceof TypeError) return importFailure('corrupt', '文件中的压缩数据已损坏');
  return null;
};

/** Counts the bytes read against the parts that will be read, for the host's progress bar. */
const progressOf = (parts: readonly (ZipEntry | undefined)[], onProgress: ReadControl['onProgress']): ((count: number) => void) | undefined => {
  if (!onProgress) return undefined;
  const total = parts.reduce((sum, e) => sum + (e?.uncompressed ?? 0), 0);
  let done = 0;
  return (count) => onProgress(Math.min((done += count), total), total);
};

const readSheets = async (bytes: Uint8Array, find: (path: string) => ZipEntry | undefined, inspection: ZipInspection, limits: ImportLimits, deadline: ReadDeadline, control: ReadControl) => {
  const maxBytes = limits.maxUncompressedBytes;
  const parts = await readWorkbookPart(bytes, find, inspection.names, maxBytes);
  const formats = await readStyles(bytes, parts.styles === undefined ? undefined : find(parts.styles), maxBytes);
  const stringsEntry = parts.sharedStrings === undefined ? undefined : find(parts.sharedStrings);
  const onBytes = progressOf([stringsEntry, ...parts.sheets.map((s) => (s.path === '' ? undefined : find(s.path)))], control.onProgress);
  const strings = await readSharedStrings(bytes, stringsEntry, maxBytes, deadline.check, onBytes);
  const ctx: SheetContext = { strings, formats, date1904: parts.date1904, maxRows: limits.maxRows, maxColumns: limits.maxColumns, maxBytes, check: deadline.check, ...(onBytes ? { onBytes } : {}) };
  const warnings: string[] = parts.date1904 ? ['此工作簿使用 1904 日期系统（Mac 版 Excel），日期已换算'] : [];
  const sheets: ImportSheet[] = [];
  const read = new Set<ZipEntry>();
  for (const part of parts.sheets) {
    const sheet: ImportSheet = { name: part.name, hidden: part.hidden, rows: [], rowNumbers: [], merges: [] };
    sheets.push(sheet);
    const entry = part.path === '' ? undefined : find(part.path);
    if (!entry) {
      warnings.push(`工作表「${part.name}」的数据部分缺失，按空白工作表处理`);
      continue;
    }
    // A damaged workbook can list one worksheet part many times; reading it again each time multiplied
    // a small file past the memory cap (found by the fault suite's fuzz).
    if (read.has(entry)) {
      warnings.push(`工作表「${part.name}」与前面的工作表指向同一份数据，按空白工作表处理`);
      continue;
    }
    read.add(entry);
    const stats = await readSheet(bytes, entry, sheet, ctx);
    // Text that cannot be read is data lost: the file is damaged, not merely odd.
    if (stats.missingStrings > 0) throw new MissingStringsError(`工作表「${part.name}」有 ${stats.missingStrings} 个单元格引用的文字在文件中找不到（缺少或损坏的共享文字表 sharedStrings.xml）`);
    warnings.push(...sheetWarnings(part.name, stats, limits));
    if (!fillMerges(sheet, limits.maxColumns)) warnings.push(`工作表「${part.name}」的合并单元格过多，部分合并区域只在第一格显示内容`);
  }
  return { sheets, warnings };
};

/**
 * An .xlsx/.xlsm already checked by inspectZip, read by our own streaming reader (xlsx/): the
 * workbook, styles and shared strings, then each worksheet inflated and tokenized chunk by chunk,
 * within the deadline. exceljs is not used for reading: its in-memory model took ~1 GB for 100,000
 * rows and mishandled the traps in ARCHITECTURE §8 (Chinese date formats, t="d" dates, cached formula
 * results of 0, whole-column dropdowns); this reader never looks at dropdowns, drawings or formats.
 */
export const readXlsx = async (bytes: Uint8Array, kind: FileKind, limits: ImportLimits, inspection: ZipInspection, deadline: ReadDeadline, control: ReadControl = {}): Promise<ImportWorkbook | ImportFailure> => {
  const byPath = new Map(inspection.entries.map((e) => [e.name.toLowerCase(), e]));
  const find = (path: string) => byPath.get(path.toLowerCase());
  try {
    const { sheets, warnings } = await readSheets(bytes, find, inspection, limits, deadline, control);
    return finish(kind, sheets, warnings, inspection);
  } catch (err) {
    if (deadline.stopCode(err)) throw err;
    if (err instanceof TooManyRowsError) return importFailure('tooManyRows', `工作表「${err.message}」超过 ${limits.maxRows} 行`);
    const failure = damaged(err);
    if (failure) return failure;
    throw err;
  }
};
