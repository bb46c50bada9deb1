import { addDays, startOfCalendarDate, weekdayOf, type CalendarDate } from '../domain/calendarDate.ts';
import { cellText } from './cellText.ts';
import { cellValue, isEmptyValue } from './followUpColumns.ts';
import type { ColumnFilter, DatePreset, GridColumn, GridLookups, GridRecord, ViewContext } from './gridTypes.ts';
import { cellTextKey, foldSearchText } from './searchIndex.ts';

/** Inclusive calendar-date bounds; an absent bound is open. */
export type DateRange = { from?: CalendarDate; to?: CalendarDate };

type RowTest = (row: GridRecord) => boolean;

/** Monday of the week containing `date`: Chinese weeks start on Monday. */
const mondayOf = (date: CalendarDate): CalendarDate => addDays(date, -((weekdayOf(date) + 6) % 7));

const firstOfMonth = (date: CalendarDate): CalendarDate => `${date.slice(0, 7)}-01`;
/** Day 1 of the month after `date`'s (day 28 + 4 days always lands in the next month). */
const firstOfNextMonth = (date: CalendarDate): CalendarDate => firstOfMonth(addDays(`${date.slice(0, 7)}-28`, 4));

/**
 * The dates a preset covers, relative to `today` (the team's calendar date). before/after/between use
 * the inclusive bounds given (before: to, or from if only that is set; after: from, or to); null when
 * the filter lacks the bounds it needs and so filters nothing.
 */
export const datePresetRange = (preset: DatePreset, today: CalendarDate, from?: CalendarDate, to?: CalendarDate): DateRange | null => {
  const monday = mondayOf(today);
  switch (preset) {
    case 'today': return { from: today, to: today };
    case 'yesterday': return { from: addDays(today, -1), to: addDays(today, -1) };
    case 'thisWeek': return { from: monday, to: addDays(monday, 6) };
    case 'lastWeek': return { from: addDays(monday, -7), to: addDays(monday, -1) };
    case 'thisMonth': return { from: firstOfMonth(today), to: addDays(firstOfNextMonth(today), -1) };
    case 'lastMonth': return { from: firstOfMonth(addDays(firstOfMonth(today), -1)), to: addDays(firstOfMonth(today), -1) };
    case 'before': return to || from ? { to: to || from } : null;
    case 'after': return from || to ? { from: from || to } : null;
    case 'between': return from || to ? { ...(from ? { from } : {}), ...(to ? { to } : {}) } : null;
  }
};

/** 'instant' cells compare as epoch ms against the range's local midnights; the rest as 'YYYY-MM-DD' text. */
const dateTest = (column: GridColumn, range: DateRange, lookups: GridLookups): RowTest => {
  const { from, to } = range;
  if (column.kind === 'instant') {
    const lo = from ? startOfCalendarDate(from, lookups.utcOffsetMinutes) : -Infinity;
    const hi = to ? startOfCalendarDate(addDays(to, 1), lookups.utcOffsetMinutes) : Infinity;
    return (row) => {
      const v = cellValue(row, column.id);
      return typeof v === 'number' && v >= lo && v < hi;
    };
  }
  return (row) => {
    const v = cellValue(row, column.id);
    return typeof v === 'string' && v !== '' && (from === undefined || v >= from) && (to === undefined || v <= to);
  };
};

/** Cells with the same value show the same text: it is folded and tested once per distinct value, not per row. */
const containsTest = (column: GridColumn, text: string, lookups: GridLookups): RowTest | null => {
  const needle = foldSearchText(text.trim());
  if (!needle) return null;
  const memo = new Map<unknown, boolean>();
  return (row) => {
    const key = cellTextKey(row, column);
    if (key === undefined) return false;
    let hit = memo.get(key);
    if (hit === undefined) memo.set(key, (hit = foldSearchText(cellText(row, column, lookups)).includes(needle)));
    return hit;
  };
};

/** 'in' matches a cell holding one of the values (any of them, for multi-select); '' selects empty cells. */
const inTest = (column: GridColumn, values: readonly string[]): RowTest | null => {
  if (values.length === 0) return null;
  const wanted = new Set(values);
  return (row) => {
    const v = cellValue(row, column.id);
    if (isEmptyValue(v)) return wanted.has('');
    if (Array.isArray(v)) return v.some((x) => wanted.has(String(x)));
    return wanted.has(String(v));
  };
};

const numberTest = (column: GridColumn, min?: number, max?: number): RowTest | null => {
  const lo = typeof min === 'number' && Number.isFinite(min) ? min : -Infinity;
  const hi = typeof max === 'number' && Number.isFinite(max) ? max : Infinity;
  if (lo === -Infinity && hi === Infinity) return null;
  return (row) => {
    const v = cellValue(row, column.id);
    return typeof v === 'number' && v >= lo && v <= hi;
  };
};

/** One filter as a row test; null when it filters nothing (unknown column, nothing chosen yet). */
const compileFilter = (filter: ColumnFilter, column: GridColumn | undefined, lookups: GridLookups, ctx: ViewContext): RowTest | null => {
  if (!column) return null;
  switch (filter.kind) {
    case 'contains': return containsTest(column, filter.text, lookups);
    case 'in': return inTest(column, filter.values);
    case 'empty': return (row) => isEmptyValue(cellValue(row, column.id)) === filter.empty;
    case 'number': return numberTest(column, filter.min, filter.max);
    case 'date': {
      const range = datePresetRange(filter.preset, ctx.today, filter.from, filter.to);
      return range ? dateTest(column, range, lookups) : null;
    }
  }
};

/** Rows passing every filter (AND), in order. Each filter is compiled once; the row loop only calls the tests. */
export const filterRows = <R extends GridRecord>(rows: readonly R[], filters: ColumnFilter[], columns: readonly GridColumn[], lookups: GridLookups, ctx: ViewContext): R[] => {
  const byId = new Map(columns.map((c) => [c.id, c]));
  const tests: RowTest[] = [];
  for (const f of filters) {
    const test = compileFilter(f, byId.get(f.column), lookups, ctx);
    if (test) tests.push(test);
  }
  if (tests.length === 0) return rows.slice();
  const result: R[] = [];
  outer: for (const row of rows) {
    for (const test of tests) if (!test(row)) continue outer;
    result.push(row);
  }
  return result;
};
