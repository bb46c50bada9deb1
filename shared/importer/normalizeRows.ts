import { toCalendarDate } from '../domain/calendarDate.ts';
import { CUSTOM_PREFIX } from '../grid/followUpColumns.ts';
import type { GridRow } from '../grid/gridTypes.ts';
import { validateRow } from '../grid/validateRow.ts';
import { cellDisplayText } from './cellDisplayText.ts';
import { completeFollowUp } from './completeFollowUp.ts';
import { headerKey } from './headerKey.ts';
import { importFields } from './importFields.ts';
import type { ColumnMapping, HeaderGuess, ImportCell, ImportField, ImportSheet, ImportTarget, NormalizeContext, NormalizedRow } from './importTypes.ts';
import { normalizeCell } from './normalizeCell.ts';

type MappedColumn = { column: number; field: ImportField };

const TOTAL_ROW = /^(合计|总计|小计|共计|总和|total|sum)[:：]?$/i;

const mappedColumns = (mapping: ColumnMapping, fields: readonly ImportField[]): MappedColumn[] =>
  Object.entries(mapping).flatMap(([column, id]) => {
    const field = id === '' ? undefined : fields.find((f) => f.id === id);
    return field ? [{ column: Number(column), field }] : [];
  });

/** A row with nothing in any column, mapped or not (a row with data only in unmapped columns is shown, and rejected if it lacks what is required). */
const isBlank = (row: readonly ImportCell[]): boolean => row.every((cell) => cellDisplayText(cell).trim() === '');

/** A header repeated further down (sheets printed page by page): every filled cell is its column's title. */
const repeatsHeader = (row: readonly ImportCell[], mapped: readonly MappedColumn[], headers: readonly string[]): boolean => {
  const filled = mapped.filter(({ column }) => cellDisplayText(row[column]).trim() !== '');
  return filled.length >= 2 && filled.every(({ column }) => headerKey(cellDisplayText(row[column])) === headerKey(headers[column] ?? '') || headerKey(headers[column] ?? '').endsWith(`/${headerKey(cellDisplayText(row[column]))}`));
};

/** The team's row rules (已报价 → 金额) as warnings, as the grid marks such rows; required fields are handled here. */
const ruleWarnings = (values: Record<string, unknown>, ctx: NormalizeContext): string[] => {
  if (!ctx.rules?.length) return [];
  const custom = Object.fromEntries(Object.entries(values).filter(([k]) => k.startsWith(CUSTOM_PREFIX)).map(([k, v]) => [k.slice(CUSTOM_PREFIX.length), v]));
  return validateRow({ ...values, custom } as unknown as GridRow, ctx.rules, []).map((i) => i.message);
};

/** Every mapped cell of one row read into values, with the preview of each and what went wrong. */
const readCells = (row: readonly ImportCell[], rowNumber: number, mapped: readonly MappedColumn[], ctx: NormalizeContext) => {
  const result: NormalizedRow = { rowNumber, values: {}, cells: {}, defaulted: [], errors: [], warnings: [] };
  const unread: string[] = [];
  const warned = new Set<string>();
  // 跟进时间 first: a date written without a year (下一步 6-20) belongs to the year of its follow-up,
  // not to the year the old sheet happens to be imported in.
  const ordered = [...mapped].sort((a, b) => Number(b.field.id === 'followedAt') - Number(a.field.id === 'followedAt'));
  let dateCtx = ctx;
  for (const { column, field } of ordered) {
    const cell = row[column];
    const out = normalizeCell(cell, field, field.kind === 'date' ? dateCtx : ctx);
    if (field.id === 'followedAt' && typeof out.value === 'number') dateCtx = { ...ctx, today: toCalendarDate(out.value, ctx.utcOffsetMinutes) };
    result.cells[field.id] = { raw: cellDisplayText(cell), value: out.value, ...(out.note ? { note: out.note } : {}) };
    if (out.value !== undefined) result.values[field.id] = out.value;
    if (out.error) result.errors.push(out.error);
    if (out.warning) {
      result.warnings.push(out.warning);
      warned.add(field.id);
    }
    if (out.unread) unread.push(`原${field.label}：${out.unread}`);
  }
  if (row.slice(0, 3).some((c) => TOTAL_ROW.test(cellDisplayText(c).trim()))) result.errors.push('这是合计行，不导入');
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
export const normalizeRows = (sheet: ImportSheet, header: HeaderGuess, mapping: ColumnMapping, target: ImportTarget, ctx: NormalizeContext): NormalizedRow[] => {
  const mapped = mappedColumns(mapping, importFields(target, ctx.lookups.customFields));
  const rows: NormalizedRow[] = [];
  for (let i = header.headerRow + header.headerRows; i < sheet.rows.length; i++) {
    const row = sheet.rows[i] ?? [];
    if (isBlank(row) || repeatsHeader(row, mapped, header.headers)) continue;
    rows.push(normalizeRow(row, sheet.rowNumbers[i] ?? i + 1, mapped, target, ctx));
  }
  return rows;
};
