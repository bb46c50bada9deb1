import { toCalendarDate } from '../domain/calendarDate.ts';
import { ruleIssues } from '../grid/validateRow.ts';
import { cellDisplayText } from './cellDisplayText.ts';
import { completeFollowUp } from './completeFollowUp.ts';
import { headerKey } from './headerKey.ts';
import { importFields } from './importFields.ts';
import type { ColumnMapping, HeaderGuess, ImportCell, ImportField, ImportSheet, ImportTarget, NormalizeContext, NormalizedRow } from './importTypes.ts';
import { normalizeCell } from './normalizeCell.ts';

type MappedColumn = { column: number; field: ImportField };

const TOTAL_ROW = /^(合计|总计|小计|共计|总和|total|sum)[:：]?$/i;

/** The mapped columns, 跟进时间 first: a date written without a year (下一步 6-20) belongs to the year of its follow-up. */
const mappedColumns = (mapping: ColumnMapping, fields: readonly ImportField[]): MappedColumn[] =>
  Object.entries(mapping)
    .flatMap(([column, id]) => {
      const field = id === '' ? undefined : fields.find((f) => f.id === id);
      return field ? [{ column: Number(column), field }] : [];
    })
    .sort((a, b) => Number(b.field.id === 'followedAt') - Number(a.field.id === 'followedAt'));

/** A cell a person would call empty: no value, or text that is only spaces. */
const isBlankCell = (cell: ImportCell | undefined): boolean => !cell || cell.t === 'empty' || (cell.t === 'text' && cell.v.trim() === '');

/** A row with nothing in any column, mapped or not (a row with data only in unmapped columns is shown, and rejected if it lacks what is required). */
const isBlank = (row: readonly ImportCell[]): boolean => row.every(isBlankCell);

/** A mapped column with its title as header matching sees it, computed once per import. */
type HeaderColumn = { column: number; key: string };

/** A header repeated further down (sheets printed page by page): every filled mapped cell is text naming its column. */
const repeatsHeader = (row: readonly ImportCell[], headerColumns: readonly HeaderColumn[]): boolean => {
  let filled = 0;
  for (const { column, key } of headerColumns) {
    const cell = row[column];
    if (isBlankCell(cell)) continue;
    if (cell?.t !== 'text') return false;
    const text = headerKey(cell.v);
    if (text !== key && !key.endsWith(`/${text}`)) return false;
    filled++;
  }
  return filled >= 2;
};

/** The team's row rules (已报价 → 金额) as warnings, as the grid marks such rows (values are keyed like rule fields, custom.<id> included). */
const ruleWarnings = (values: Record<string, unknown>, ctx: NormalizeContext): string[] =>
  ctx.rules?.length ? ruleIssues((field) => values[field], ctx.rules).map((i) => i.message) : [];

const NONE_UNREAD: string[] = [];
const NONE_WARNED = new Set<string>();

/** A 合计/总计 row under the data: its label sits in one of the first three cells. */
const isTotalRow = (row: readonly ImportCell[]): boolean => {
  for (let c = 0; c < 3; c++) {
    const cell = row[c];
    if (cell?.t === 'text' && TOTAL_ROW.test(cell.v.trim())) return true;
  }
  return false;
};

/** Every mapped cell of one row read into values, with the preview of each and what went wrong. */
const readCells = (row: readonly ImportCell[], rowNumber: number, mapped: readonly MappedColumn[], ctx: NormalizeContext) => {
  const result: NormalizedRow = { rowNumber, values: {}, cells: {}, defaulted: [], errors: [], warnings: [] };
  // Most rows have nothing unread and no warning: their collections are made only when needed.
  let unread: string[] = NONE_UNREAD;
  let warned: Set<string> = NONE_WARNED;
  let followedAt: number | undefined;
  for (const { column, field } of mapped) {
    const cell = row[column];
    // A date field reads relative to the row's 跟进时间 (6-20 takes its year); made only for a cell that holds something.
    const cellCtx = field.kind === 'date' && followedAt !== undefined && cell && cell.t !== 'empty' ? { ...ctx, today: toCalendarDate(followedAt, ctx.utcOffsetMinutes) } : ctx;
    const out = normalizeCell(cell, field, cellCtx);
    if (field.id === 'followedAt' && typeof out.value === 'number') followedAt = out.value;
    // Only cells that were interpreted (a note) or left nothing to import are described: the rest
    // read as they are, and 100,000 rows × 12 descriptions were most of the engine's memory.
    if (out.note) result.cells[field.id] = { raw: cellDisplayText(cell), value: out.value, note: out.note };
    else if (out.value === undefined) result.cells[field.id] = { raw: cellDisplayText(cell), value: undefined };
    if (out.value !== undefined) result.values[field.id] = out.value;
    if (out.error) result.errors.push(out.error);
    if (out.warning) {
      result.warnings.push(out.warning);
      (warned === NONE_WARNED ? (warned = new Set()) : warned).add(field.id);
    }
    if (out.unread) (unread === NONE_UNREAD ? (unread = []) : unread).push(`原${field.label}：${out.unread}`);
  }
  if (isTotalRow(row)) result.errors.push('这是合计行，不导入');
  return { result, unread, warned };
};

/** Text the fields could not take goes to the end of 备注, so nothing typed in the old sheet is lost. */
const keepUnread = (row: NormalizedRow, unread: readonly string[]): void => {
  if (unread.length === 0) return;
  const remark = typeof row.values.remark === 'string' ? row.values.remark : '';
  row.values.remark = `${remark}${remark ? '\n' : ''}（${unread.join('；')}）`;
};

const normalizeRow = (row: readonly ImportCell[], rowNumber: number, mapped: readonly MappedColumn[], target: ImportTarget, ctx: NormalizeContext): NormalizedRow => {
  const { result, unread, warned } = readCells(row, rowNumber, mapped, ctx);
  if (target === 'followUps') completeFollowUp(result, ctx, warned);
  else {
    if (result.values.name === undefined) result.errors.push('缺少客户名称');
    if (result.values.ownerId === undefined) {
      result.values.ownerId = ctx.memberId;
      result.defaulted.push('ownerId');
    }
  }
  keepUnread(result, unread);
  if (target === 'followUps') result.warnings.push(...ruleWarnings(result.values, ctx));
  return result;
};

/**
 * The data rows under the header, each cell read for its mapped field (normalizeCell), rows completed
 * for their target (completeFollowUp: customer by name, defaults), with per-row errors (the row is
 * rejected) and warnings (imported as shown). Blank rows and repeated header rows are left out; a
 * 合计 row is rejected with its reason.
 */
export const normalizeRows = (sheet: ImportSheet, header: HeaderGuess, mapping: ColumnMapping, target: ImportTarget, ctx: NormalizeContext, onProgress?: (done: number, total: number) => void): NormalizedRow[] => {
  const mapped = mappedColumns(mapping, importFields(target, ctx.lookups.customFields));
  const headerColumns = mapped.map(({ column }) => ({ column, key: headerKey(header.headers[column] ?? '') }));
  const rows: NormalizedRow[] = [];
  for (let i = header.headerRow + header.headerRows; i < sheet.rows.length; i++) {
    const row = sheet.rows[i] ?? [];
    if (onProgress && i % 5000 === 0) onProgress(i, sheet.rows.length);
    if (isBlank(row) || repeatsHeader(row, headerColumns)) continue;
    rows.push(normalizeRow(row, sheet.rowNumbers[i] ?? i + 1, mapped, target, ctx));
  }
  return rows;
};
