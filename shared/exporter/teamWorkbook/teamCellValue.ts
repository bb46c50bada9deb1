import type { OptionLists } from '../../domain/options.ts';
import { formatInstant } from '../../grid/cellText.ts';
import { toExcelDate } from '../toExcelDate.ts';
import type { TeamFieldKind } from './teamSheetSpecs.ts';

/** What turns ids into words: member and customer names, the team's option labels, its time zone. */
export type TeamLookups = {
  members: ReadonlyMap<string, string>;
  customers: ReadonlyMap<string, string>;
  options: OptionLists | null;
  utcOffsetMinutes: number;
};

export type TeamCell = string | number | boolean | Date | null;

/** Excel's limit on a cell's text; a longer one makes Excel "repair" the file and drop content. */
const MAX_CELL_TEXT = 32_767;
const calendarDate = /^\d{4}-\d{2}-\d{2}$/;
const clip = (text: string): string => (text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text);

const optionLabel = (lookups: TeamLookups, list: keyof OptionLists, id: string): string =>
  lookups.options?.[list].find((o) => o.id === id)?.label ?? id;

/** A nested value as short readable text: member ids become names, times become dates, one item a line. */
export const nestedText = (value: unknown, lookups: TeamLookups, key = '', depth = 0): string => {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return /At$/.test(key) && value > 1e11 ? formatInstant(value, lookups.utcOffsetMinutes) : String(value);
  if (typeof value === 'string') return lookups.members.get(value) ?? lookups.customers.get(value) ?? value;
  if (depth > 3) return JSON.stringify(value);
  if (Array.isArray(value)) {
    const parts = value.map((item) => nestedText(item, lookups, key, depth + 1)).filter((t) => t !== '');
    return parts.join(value.some((v) => typeof v === 'object' && v !== null) ? '\n' : '、');
  }
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => [k, nestedText(v, lookups, k, depth + 1)] as const)
    .filter(([, t]) => t !== '')
    .map(([k, t]) => `${k}: ${t}`)
    .join('；');
};

/** One stored value as the workbook's cell: typed where Excel keeps the type, otherwise the words people use. */
export const teamCellValue = (value: unknown, kind: TeamFieldKind, lookups: TeamLookups): TeamCell => {
  if (value === undefined || value === null || value === '') return null;
  switch (kind.k) {
    case 'instant':
      return typeof value === 'number' && value > 0 ? toExcelDate({ t: 'instant', v: value }, lookups.utcOffsetMinutes) : null;
    case 'date':
      return typeof value === 'string' && calendarDate.test(value) ? toExcelDate({ t: 'date', v: value }, 0) : clip(String(value));
    case 'number':
    case 'money':
      return typeof value === 'number' && Number.isFinite(value) ? value : clip(String(value));
    case 'bool':
      return value === true ? '是' : '否';
    case 'member':
      return typeof value === 'string' ? (lookups.members.get(value) ?? value) : null;
    case 'customer':
      return typeof value === 'string' ? (lookups.customers.get(value) ?? value) : null;
    case 'option':
      return typeof value === 'string' ? optionLabel(lookups, kind.list, value) : null;
    case 'enum':
      return typeof value === 'string' ? (kind.labels[value] ?? value) : null;
    default:
      return clip(typeof value === 'string' ? value : nestedText(value, lookups));
  }
};
