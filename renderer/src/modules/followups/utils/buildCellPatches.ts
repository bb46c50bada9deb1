import { cellValue } from '../../../../../shared/grid/followUpColumns.ts';
import type { GridRecord, GridRow } from '../../../../../shared/grid/gridTypes.ts';

/** One cell's new value (undefined clears it). */
export type CellChange = { id: string; columnId: string; value: unknown };

/** What a change does to one row, and what undoes it. */
export type RowChange<R = GridRow> = { id: string; before: Partial<R>; after: Partial<R> };

/**
 * Turns cell changes into one patch per row, with the values to restore on undo. Changes to several
 * custom fields of one row compose (they share the `custom` object). `patchOf` sets one cell (a
 * follow-up's cellPatch keeps 跟进时间's sort key in step, a customer's its name key).
 */
export const buildCellPatches = <R extends GridRecord>(
  rows: ReadonlyMap<string, R>,
  changes: readonly CellChange[],
  patchOf: (row: R, columnId: string, value: unknown) => Partial<R>,
): RowChange<R>[] => {
  const byId = new Map<string, RowChange<R> & { row: R }>();
  for (const change of changes) {
    const stored = rows.get(change.id);
    if (!stored) continue;
    const entry = byId.get(change.id) ?? { id: change.id, row: { ...stored }, before: {}, after: {} };
    byId.set(change.id, entry);
    const undo = patchOf(entry.row, change.columnId, cellValue(entry.row, change.columnId));
    for (const [key, value] of Object.entries(undo)) if (!(key in entry.before)) (entry.before as Record<string, unknown>)[key] = value;
    const redo = patchOf(entry.row, change.columnId, change.value);
    Object.assign(entry.row, redo);
    Object.assign(entry.after, redo);
  }
  return [...byId.values()].map(({ id, before, after }) => ({ id, before, after }));
};
