import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { descKey } from '../../../../../shared/db/schemas/followUpSchema.ts';
import { patchManyStamped } from '../../../../../shared/db/stampedWrites.ts';
import { cellPatch } from '../../../../../shared/grid/followUpColumns.ts';
import type { GridRecord, GridRow } from '../../../../../shared/grid/gridTypes.ts';
import { stampNew } from '../../../../../shared/sync/stampWrite.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useWriter } from '../../../db/useWriter.ts';
import { buildCellPatches, type CellChange, type RowChange } from '../utils/buildCellPatches.ts';
import { newFollowUpId } from '../utils/newFollowUpId.ts';
import { useUndoHistory } from './useUndoHistory.ts';

/** One undo step: a paste of 500 rows, a fill, a delete — undone and redone as a whole. */
type UndoStep = RowChange[];

export type GridActions<R extends GridRecord = GridRow> = {
  /** Cell changes and (for a paste past the last row) new rows, as one undo step; returns the new rows' ids. */
  setCells: (changes: readonly CellChange[], newRows?: readonly Partial<R>[]) => Promise<string[]>;
  /** New rows (each starts from the team's defaults, then `values`); returns their ids. */
  addRows: (values: readonly Partial<R>[]) => Promise<string[]>;
  trash: (ids: readonly string[], trashed: boolean) => Promise<void>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  canUndo: boolean;
  canRedo: boolean;
};

const blankRow = (id: string, ownerId: string, now: number): Omit<GridRow, 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy' | 'trashed' | 'clock' | 'conflicts'> => ({
  id, customerId: '', contactId: '', followedAt: now, followedDesc: descKey(now), method: 'phone', summary: '', status: 'callback', stage: 'lead',
  nextDate: '', nextAction: '', nextOwnerId: '', ownerId, remark: '', custom: {}, importBatchId: '',
});

/** Writes the grid's edits through stamped, conflict-safe bulk writes and keeps the undo history. */
export const useGridActions = (rows: ReadonlyMap<string, GridRow>, onError: (message: string) => void): GridActions => {
  const db = useDatabase();
  const writer = useWriter();
  const { t } = useTranslation();
  const rowsRef = useRef(rows);
  useLayoutEffect(() => {
    rowsRef.current = rows;
  });

  const write = useCallback(
    (step: UndoStep, side: 'before' | 'after') => patchManyStamped(db.followups, step.map((c) => ({ id: c.id, patch: c[side] as never })), writer),
    [db, writer],
  );
  const history = useUndoHistory(write, onError);
  const { record, replace, run } = history;

  const insert = useCallback(async (values: readonly Partial<GridRow>[]): Promise<UndoStep> => {
    if (!values.length) return [];
    const now = writer.now();
    const docs = values.map((v, i) => {
      const data = { ...blankRow(newFollowUpId(now + i), writer.memberId, now), ...v };
      return stampNew(data, { now, memberId: writer.memberId, clock: writer.clock.next() });
    });
    const { error } = await db.followups.bulkInsert(docs);
    if (error.length) throw new Error(t('grid.insertFailed', { count: error.length }));
    // Undoing an addition moves the rows to the recycle bin (they may already have synced).
    return docs.map((d) => ({ id: d.id, before: { trashed: true }, after: { trashed: false } }));
  }, [db, writer, t]);

  const setCells = useCallback(async (changes: readonly CellChange[], newRows: readonly Partial<GridRow>[] = []) => {
    const start = performance.now();
    const step = buildCellPatches(rowsRef.current, changes, cellPatch);
    if (step.length) record(step);
    if (step.length) await write(step, 'after');
    // Visible in DevTools' performance panel, and read by the benchmark.
    performance.measure('salesdesk:cells-committed', { start });
    const added = await insert(newRows);
    // A paste that also appended rows is still one undo step.
    if (added.length) replace(step, [...step, ...added]);
    return added.map((c) => c.id);
  }, [write, insert, record, replace]);

  const addRows = useCallback(async (values: readonly Partial<GridRow>[]) => {
    const step = await insert(values);
    record(step);
    return step.map((c) => c.id);
  }, [insert, record]);

  const trash = useCallback(async (ids: readonly string[], trashed: boolean) => {
    const at = writer.now();
    const step = ids.map((id) => ({ id, before: { trashed: !trashed }, after: trashed ? { trashed, trashedAt: at } : { trashed } }));
    record(step);
    await write(step, 'after');
  }, [write, writer, record]);

  return useMemo(
    () => ({
      setCells: (changes: readonly CellChange[], newRows?: readonly Partial<GridRow>[]) => run(() => setCells(changes, newRows), []),
      addRows: (values: readonly Partial<GridRow>[]) => run(() => addRows(values), []),
      trash: (ids: readonly string[], trashed: boolean) => run(() => trash(ids, trashed), undefined),
      undo: () => run(history.undo, undefined),
      redo: () => run(history.redo, undefined),
      canUndo: history.canUndo,
      canRedo: history.canRedo,
    }),
    [run, setCells, addRows, trash, history],
  );
};
