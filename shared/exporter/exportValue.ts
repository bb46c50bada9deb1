import type { CalendarDate } from '../domain/calendarDate.ts';
import { cellText } from '../grid/cellText.ts';
import { cellValue, isEmptyValue } from '../grid/followUpColumns.ts';
import type { GridColumn, GridLookups, GridRow } from '../grid/gridTypes.ts';

/**
 * A cell as an export writes it: typed where a spreadsheet can keep the type (instants, dates,
 * numbers), otherwise the words the grid shows (labels and names, not ids).
 */
export type ExportValue =
  | { t: 'empty' }
  | { t: 'text'; v: string }
  | { t: 'number'; v: number }
  /** Epoch ms; shown in the team's time zone. */
  | { t: 'instant'; v: number }
  | { t: 'date'; v: CalendarDate };

const calendarDate = /^\d{4}-\d{2}-\d{2}$/;

export const exportValue = (row: GridRow, column: GridColumn, lookups: GridLookups): ExportValue => {
  const value = cellValue(row, column.id);
  if (isEmptyValue(value)) return { t: 'empty' };
  if (column.kind === 'instant' && typeof value === 'number' && Number.isFinite(value)) return { t: 'instant', v: value };
  if (column.kind === 'date' && typeof value === 'string' && calendarDate.test(value)) return { t: 'date', v: value };
  if (column.kind === 'number' && typeof value === 'number' && Number.isFinite(value)) return { t: 'number', v: value };
  // Anything else, including a malformed stored value, goes out as the text the grid shows.
  return { t: 'text', v: cellText(row, column, lookups) };
};
