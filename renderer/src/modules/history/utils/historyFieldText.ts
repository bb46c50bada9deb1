import type { TFunction } from 'i18next';
import type { CollectionName } from '../../../../../shared/db/collections.ts';
import { customerColumns } from '../../../../../shared/customers/customerColumns.ts';
import { cellText, formatInstant } from '../../../../../shared/grid/cellText.ts';
import { cellPatch, gridColumns, isEmptyValue } from '../../../../../shared/grid/followUpColumns.ts';
import type { GridColumn, GridLookups, GridRow } from '../../../../../shared/grid/gridTypes.ts';
import type { ReportField } from '../../../../../shared/reports/normalizeReportTemplate.ts';
import type { FieldChange } from '../../../../../shared/sync/historyDiff.ts';
import { columnLabel } from '../../followups/utils/columnLabel.ts';
import { describeValue } from '../../conflicts/utils/describeValue.ts';
import { reportSectionLabel } from '../../reports/utils/reportSectionLabel.ts';

/** What turns stored values into the words the app shows: names, option labels, the team's time zone. */
export type HistoryFormat = {
  t: TFunction;
  /** Members here include former ones, so old entries still name who. */
  lookups: GridLookups;
  /** The daily report's sections (labels of 日报 fields). */
  reportFields: readonly ReportField[];
};

export type FieldChangeText = { field: string; from: string; to: string };

const MAX_TEXT = 80;
const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);
const AMOUNT_FIELDS = new Set(['amount', 'expectedAmount', 'wonAmount']);
const ENUM_FIELDS: Record<string, string> = { intent: 'intent', needClarity: 'needClarity', status: 'reportStatus' };

/** ¥88,000 — amounts as the reports show them. */
export const formatAmount = (value: number): string => `¥${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

/** Columns known for a collection, archived custom fields included (old changes may name them). */
const columnsOf = (collection: CollectionName, lookups: GridLookups): readonly GridColumn[] => {
  const all = lookups.customFields.map((f) => ({ ...f, archived: false }));
  if (collection === 'followups') return gridColumns(all);
  if (collection === 'customers') return customerColumns(all);
  return [];
};

const names = (value: unknown[], separator: string): string =>
  value.map((item) => (typeof item === 'object' && item !== null && 'name' in item ? String(item.name) : typeof item === 'string' ? item : '')).filter(Boolean).join(separator);

/** Lists and objects a column does not describe: names where they have them, else how many. */
const structuredText = (field: string, value: unknown, fmt: HistoryFormat): string | null => {
  if (Array.isArray(value)) return names(value, fmt.t('dailyReport.listSeparator')) || fmt.t('history.values.items', { count: value.length });
  if (field === 'gradeOverride' && typeof value === 'object' && value !== null && 'grade' in value) {
    return fmt.t('history.values.override', { grade: String(value.grade), reason: 'reason' in value ? String(value.reason) : '' });
  }
  return null;
};

const enumText = (collection: CollectionName, field: string, value: unknown, fmt: HistoryFormat): string | null => {
  const group = ENUM_FIELDS[field];
  // 状态 of a follow-up or customer is a team option; only a report's status is draft/submitted.
  if (!group || (field === 'status' && collection !== 'dailyreports')) return null;
  return fmt.t(`history.values.${group}.${String(value)}` as never, { defaultValue: String(value) });
};

/** One stored value as the UI shows it ('（空）' when empty). `doc` is the record around it (contacts resolve against its customer). */
export const historyValueText = (collection: CollectionName, field: string, value: unknown, doc: Record<string, unknown>, fmt: HistoryFormat): string => {
  if (isEmptyValue(value) || (Array.isArray(value) && value.length === 0)) return fmt.t('history.empty');
  if (AMOUNT_FIELDS.has(field) && typeof value === 'number') return formatAmount(value);
  if (field === 'winProbability' && typeof value === 'number') return `${Math.round(value * 100)}%`;
  if (/(At|At\.\w+)$/.test(field) && typeof value === 'number' && value > 1e11) return formatInstant(value, fmt.lookups.utcOffsetMinutes);
  const named = enumText(collection, field, value, fmt) ?? structuredText(field, value, fmt);
  if (named !== null) return clip(named);
  const column = columnsOf(collection, fmt.lookups).find((c) => c.id === field);
  if (column) {
    const row = { ...doc, ...(collection === 'followups' ? cellPatch(doc as GridRow, field, value) : { [field]: value }) } as GridRow;
    return clip(cellText(row, column, fmt.lookups));
  }
  const memberNames = new Map([...fmt.lookups.members].map(([id, m]) => [id, m.name]));
  return clip(describeValue(field, value, { t: fmt.t, options: fmt.lookups.options, memberNames }));
};

/** A field's name as people know it: the column header, the report section, else the shared field name. */
export const historyFieldLabel = (collection: CollectionName, field: string, fmt: HistoryFormat): string => {
  const column = columnsOf(collection, fmt.lookups).find((c) => c.id === field);
  if (column) return columnLabel(fmt.t, column);
  const [top, key] = field.split('.', 2);
  if (top === 'sections' && key) {
    const section = fmt.reportFields.find((f) => f.id === key);
    return section ? reportSectionLabel(fmt.t, section) : key;
  }
  if (collection === 'dailyreports' && field === 'status') return fmt.t('history.fields.reportStatus');
  if (top === 'metrics' && key) return fmt.t(`dailyReport.metrics.${key}` as never, { defaultValue: key });
  return fmt.t(`history.fields.${field}` as never, { defaultValue: fmt.t(`fields.${field}` as never, { defaultValue: field }) });
};

/** 字段：旧值 → 新值, each side in the app's own words. */
export const historyFieldText = (collection: CollectionName, change: FieldChange, doc: Record<string, unknown>, fmt: HistoryFormat): FieldChangeText => ({
  field: historyFieldLabel(collection, change.field, fmt),
  from: historyValueText(collection, change.field, change.from, doc, fmt),
  to: historyValueText(collection, change.field, change.to, doc, fmt),
});
