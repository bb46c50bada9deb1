import { cellText } from '../../../../../shared/grid/cellText.ts';
import { CUSTOM_PREFIX } from '../../../../../shared/grid/followUpColumns.ts';
import type { ColumnKind, GridLookups, GridRow } from '../../../../../shared/grid/gridTypes.ts';
import type { ImportField } from '../../../../../shared/importer/importTypes.ts';

const gridKinds: ReadonlySet<string> = new Set<ColumnKind>(['text', 'longText', 'instant', 'date', 'option', 'multiOption', 'member', 'customer', 'contact', 'number']);

/** A normalized value as the grid would show it (ids as names, instants in the team's time), for the import preview. */
export const previewText = (value: unknown, field: ImportField, lookups: GridLookups): string => {
  if (value === undefined || value === null || value === '') return '';
  if (!gridKinds.has(field.kind)) return Array.isArray(value) ? value.join(', ') : String(value);
  const custom = field.id.startsWith(CUSTOM_PREFIX) ? { [field.id.slice(CUSTOM_PREFIX.length)]: value } : {};
  const row = { [field.id]: value, custom, customerId: '' } as unknown as GridRow;
  return cellText(row, { id: field.id, kind: field.kind as ColumnKind, label: field.label, width: 0, ...(field.optionList ? { optionList: field.optionList } : {}), ...(field.customOptions ? { customOptions: field.customOptions } : {}) }, lookups);
};
