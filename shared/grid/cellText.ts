import { toCalendarDate } from '../domain/calendarDate.ts';
import { cellValue, isEmptyValue } from './followUpColumns.ts';
import type { GridColumn, GridLookups, GridRecord } from './gridTypes.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM-DD HH:mm' in the team's time zone. */
export const formatInstant = (ms: number, utcOffsetMinutes: number): string => {
  const d = new Date(ms + utcOffsetMinutes * 60_000);
  return `${toCalendarDate(ms, utcOffsetMinutes)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};

const optionLabel = (column: GridColumn, lookups: GridLookups, id: string): string =>
  column.optionList ? (lookups.options[column.optionList].find((o) => o.id === id)?.label ?? id) : id;

/**
 * A cell as plain text: what the grid shows, what Ctrl+C copies and what quick search matches.
 * Ids become names and labels; unknown ids show as they are rather than vanish.
 */
export const cellText = (row: GridRecord, column: GridColumn, lookups: GridLookups): string => {
  const value = cellValue(row, column.id);
  if (isEmptyValue(value)) return '';
  switch (column.kind) {
    case 'instant':
      return formatInstant(value as number, lookups.utcOffsetMinutes);
    case 'option':
      return optionLabel(column, lookups, String(value));
    case 'multiOption':
      return (value as string[]).map((v) => optionLabel(column, lookups, v)).join('、');
    case 'member':
      return lookups.members.get(String(value))?.name ?? String(value);
    case 'customer':
      return lookups.customers.get(String(value))?.name ?? String(value);
    case 'contact':
      return lookups.customers.get(row.customerId ?? '')?.contacts.find((c) => c.id === value)?.name ?? String(value);
    default:
      return String(value);
  }
};
