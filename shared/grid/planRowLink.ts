import type { GridRow, ViewState } from './gridTypes.ts';

/**
 * What the grid does with a link to one row (`#/followups/row/<id>`): select it where it is, or first
 * switch to a view that holds it — 全部 without filters or search (回收站 for a row in the bin), keeping
 * the sort, grouping and columns — or say it is gone.
 */
export type RowLinkPlan = { kind: 'select' } | { kind: 'switch'; state: ViewState } | { kind: 'missing' };

export const planRowLink = (state: ViewState, shownIds: readonly string[], row: GridRow | undefined): RowLinkPlan => {
  if (!row) return { kind: 'missing' };
  if (shownIds.includes(row.id)) return { kind: 'select' };
  return { kind: 'switch', state: { ...state, base: row.trashed ? 'trash' : 'all', filters: [], search: '' } };
};
