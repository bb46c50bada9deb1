import type { TFunction } from 'i18next';
import type { GridColumn } from '../../../../../shared/grid/gridTypes.ts';

/** A column's header text, translated for built-in columns. */
export const columnLabel = (t: TFunction, column: GridColumn): string => (column.labelKey ? t(column.labelKey as never) : column.label);
