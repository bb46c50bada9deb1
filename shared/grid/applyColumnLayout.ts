import type { GridColumn, ViewState } from './gridTypes.ts';

export type ColumnLayout = ViewState['columns'];

/** Columns that always stay frozen at the left: 客户 names the row. */
const MIN_FROZEN = 1;

/**
 * The columns a view shows, in its order, at its widths: columns the layout orders come first in that
 * order, the rest (new custom fields, columns added by an upgrade) follow in their natural order;
 * hidden and unknown ids are dropped. `frozen` is how many leading columns stay put (at least one).
 */
export const applyColumnLayout = (all: readonly GridColumn[], layout: ColumnLayout): { columns: GridColumn[]; frozen: number } => {
  const byId = new Map(all.map((c) => [c.id, c]));
  const hidden = new Set(layout.hidden);
  const ordered = [...layout.order.filter((id) => byId.has(id)), ...all.map((c) => c.id).filter((id) => !layout.order.includes(id))];
  const columns = [...new Set(ordered)]
    .filter((id) => !hidden.has(id))
    .map((id) => byId.get(id)!)
    .map((c) => ({ ...c, width: layout.widths[c.id] ?? c.width }));
  return { columns, frozen: Math.min(columns.length, Math.max(MIN_FROZEN, layout.frozen)) };
};
