import type { TFunction } from 'i18next';
import type { GridColumn } from '../../../../../shared/grid/gridTypes.ts';
import { columnLabel } from './columnLabel.ts';

/** A follow-up field's name as people know it: the grid's column header, else the shared field name. */
export const fieldLabel = (t: TFunction, columns: readonly GridColumn[], field: string): string => {
  const column = columns.find((c) => c.id === field);
  return column ? columnLabel(t, column) : t(`fields.${field}` as never, { defaultValue: field });
};
