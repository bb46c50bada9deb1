import type { TFunction } from 'i18next';
import { cellText } from '../../../../../shared/grid/cellText.ts';
import { cellPatch, isEmptyValue } from '../../../../../shared/grid/followUpColumns.ts';
import type { GridColumn, GridLookups, GridRow } from '../../../../../shared/grid/gridTypes.ts';
import type { FieldChange } from '../../../../../shared/sync/historyDiff.ts';
import { describeValue } from '../../conflicts/utils/describeValue.ts';
import { fieldLabel } from './fieldLabel.ts';

/** `columns` should include archived custom fields too: old changes may name them. */
export type ChangeContext = { t: TFunction; columns: readonly GridColumn[]; lookups: GridLookups; row: GridRow; memberNames: Map<string, string> };

const MAX_TEXT = 80;
const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);

const valueText = (column: GridColumn | undefined, field: string, value: unknown, ctx: ChangeContext): string => {
  if (isEmptyValue(value)) return ctx.t('rowDetail.empty');
  // The grid's own words: the value placed in the row as if it were current (contacts resolve against the row's customer).
  if (column) return clip(cellText({ ...ctx.row, ...cellPatch(ctx.row, field, value) }, column, ctx.lookups));
  return describeValue(field, value, { t: ctx.t, options: ctx.lookups.options, memberNames: ctx.memberNames });
};

/** A field change in words: the column's header, and both values as the grid would show them. */
export const describeChange = (change: FieldChange, ctx: ChangeContext): { field: string; from: string; to: string } => {
  const column = ctx.columns.find((c) => c.id === change.field);
  return {
    field: fieldLabel(ctx.t, ctx.columns, change.field),
    from: valueText(column, change.field, change.from, ctx),
    to: valueText(column, change.field, change.to, ctx),
  };
};
