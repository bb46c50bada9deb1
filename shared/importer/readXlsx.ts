import ExcelJS from 'exceljs';
import { chineseDateFormats } from './chineseDateFormats.ts';
import { importFailure, RESAVE_ADVICE } from './importFailure.ts';
import type { FileKind, ImportFailure, ImportLimits, ImportSheet, ImportWorkbook } from './importTypes.ts';
import type { ZipInspection } from './inspectZip.ts';
import type { ReadDeadline } from './readDeadline.ts';
import { rewriteIsoDateCells } from './rewriteIsoDateCells.ts';
import { sheetFromExceljs } from './sheetFromExceljs.ts';

/**
 * The only module that knows exceljs (4.4, unmaintained since 2024): a fork or another reader can
 * replace it behind readWorkbook. Worksheet parts the importer never uses are skipped; a workbook with
 * whole-column dropdowns (dataValidations) otherwise hangs exceljs's reader (ARCHITECTURE §8).
 */
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'extLst', 'hyperlinks', 'drawing', 'picture', 'tableParts', 'cols', 'rowBreaks', 'autoFilter', 'headerFooter', 'pageSetup', 'printOptions', 'sheetProtection'];
/** Header and title rows on top of the data rows; exceljs's own row cap counts raw <row> elements. */
const ROW_SLACK = 1000;

type XlsxInternals = {
  reconcile?: (model: { styles?: { index?: { numFmt?: Record<string, string> } } }, options: unknown) => unknown;
  _processWorksheetEntry?: (stream: AsyncIterable<unknown>, ...rest: unknown[]) => Promise<unknown>;
};

/**
 * Two fixes hooked into exceljs's reader instance (each skipped if a later exceljs renames the hook):
 * Chinese built-in date formats get their codes so those cells read as dates, and t="d" ISO dates are
 * turned into text before exceljs misreads them.
 */
const patchReader = (xlsx: unknown): void => {
  const internals = xlsx as XlsxInternals;
  const reconcile = internals.reconcile;
  if (typeof reconcile === 'function') {
    internals.reconcile = function (this: unknown, model, options) {
      const numFmt = model.styles?.index?.numFmt;
      if (numFmt) for (const [id, code] of Object.entries(chineseDateFormats)) numFmt[id] ??= code;
      return reconcile.call(this, model, options);
    };
  }
  const processSheet = internals._processWorksheetEntry;
  if (typeof processSheet === 'function') {
    internals._processWorksheetEntry = function (this: unknown, stream, ...rest) {
      return processSheet.call(this, rewriteIsoDateCells(stream), ...rest);
    };
  }
};

const loadFailure = (err: unknown): ImportFailure => {
  const message = err instanceof Error ? err.message : String(err);
  if (/Max row count/i.test(message)) return importFailure('tooManyRows');
  return importFailure('corrupt', `文件内容无法解析（${message.slice(0, 120)}）`);
};

/** Warnings a person should see about how the workbook was read. */
const sheetWarnings = (read: ReturnType<typeof sheetFromExceljs>, limits: ImportLimits): string[] => {
  const warnings: string[] = [];
  const name = read.sheet.name;
  if (read.stats.formulasWithoutResult > 0) {
    warnings.push(`工作表「${name}」有 ${read.stats.formulasWithoutResult} 个公式单元格没有保存计算结果（或结果为 0、空、FALSE），按空白读取；如有需要，请在 Excel 中重新计算并保存后再导入`);
  }
  if (read.cutColumns) warnings.push(`工作表「${name}」超过 ${limits.maxColumns} 列，之后的列未读取`);
  return warnings;
};

/** Sheets converted; a package whose sheets all read empty although it holds sheet data is not "empty" but unreadable. */
const finish = (kind: FileKind, sheets: ImportSheet[], warnings: string[], inspection: ZipInspection): ImportWorkbook | ImportFailure => {
  if (sheets.some((s) => s.rows.length > 0)) return { kind, sheets, warnings };
  // An empty worksheet part is well under 1 KB; more than that per sheet means data we failed to see.
  if (inspection.worksheetBytes > 2048 * Math.max(1, sheets.length)) return importFailure('corrupt', '文件里有数据，但结构不标准，无法读取', RESAVE_ADVICE);
  return importFailure('empty');
};

/** An .xlsx/.xlsm already checked by inspectZip, read with exceljs within the deadline. */
export const readXlsx = async (bytes: Uint8Array, kind: FileKind, limits: ImportLimits, inspection: ZipInspection, deadline: ReadDeadline): Promise<ImportWorkbook | ImportFailure> => {
  const workbook = new ExcelJS.Workbook();
  patchReader(workbook.xlsx);
  const options: Partial<ExcelJS.XlsxReadOptions> & { maxRows: number } = { ignoreNodes: IGNORED_NODES, maxRows: limits.maxRows + ROW_SLACK };
  try {
    await deadline.race(workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0], options));
  } catch (err) {
    if (deadline.stopCode(err)) throw err;
    return loadFailure(err);
  }
  const warnings: string[] = [];
  if (workbook.properties.date1904) warnings.push('此工作簿使用 1904 日期系统（Mac 版 Excel），日期已换算');
  const sheets: ImportSheet[] = [];
  for (const ws of workbook.worksheets) {
    const read = sheetFromExceljs(ws, limits, deadline.check);
    if (read.tooManyRows) return importFailure('tooManyRows', `工作表「${ws.name}」超过 ${limits.maxRows} 行`);
    sheets.push(read.sheet);
    warnings.push(...sheetWarnings(read, limits));
  }
  return finish(kind, sheets, warnings, inspection);
};
