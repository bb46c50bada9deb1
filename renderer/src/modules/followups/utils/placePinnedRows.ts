import type { GridRow } from '../../../../../shared/grid/gridTypes.ts';

/** Rows this user just added, kept where they were added until the view changes: `afterId` null = at the top. */
export type RowPin = { ids: readonly string[]; afterId: string | null };

/**
 * The view's ids with the pinned rows moved to where the user added them (under a pasted block, or on
 * top for 新增一行), even when the view's order or filters would put them elsewhere or hide them — the
 * way a spreadsheet keeps a new row in sight. Trashed pinned rows stay out.
 */
export const placePinnedRows = (ids: readonly string[], pin: RowPin, rows: ReadonlyMap<string, GridRow>): string[] => {
  const pinned = new Set(pin.ids);
  const live = pin.ids.filter((id) => rows.get(id)?.trashed === false);
  const rest = ids.filter((id) => !pinned.has(id));
  const at = pin.afterId === null ? 0 : rest.indexOf(pin.afterId) + 1;
  if (at === 0 && pin.afterId !== null) return [...rest, ...live];
  return [...rest.slice(0, at), ...live, ...rest.slice(at)];
};
