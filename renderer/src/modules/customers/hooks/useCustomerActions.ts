import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { writeChangeSet, type ChangeSet, type DocChange } from '../../../../../shared/customers/changeSet.ts';
import { customerCellPatch } from '../../../../../shared/customers/customerColumns.ts';
import type { CustomerRow } from '../../../../../shared/customers/customerRow.ts';
import type { CustomerDoc, GradeOverride } from '../../../../../shared/db/schemas/customerSchema.ts';
import type { Role } from '../../../../../shared/domain/roles.ts';
import { canWrite } from '../../../../../shared/sync/canWrite.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useWriter } from '../../../db/useWriter.ts';
import type { GridActions } from '../../followups/hooks/useGridActions.ts';
import { undoBox, useUndoHistory, type UndoBox } from '../../followups/hooks/useUndoHistory.ts';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import { buildCellPatches, type CellChange } from '../../followups/utils/buildCellPatches.ts';
import { storedCustomer } from '../utils/storedCustomer.ts';

export type CustomerActions = GridActions<CustomerRow> & {
  /** Records an already written change set (a merge) as one undo step. */
  recordStep: (set: ChangeSet) => void;
  /** The step 撤销 would undo now (a merge's 撤销合并 shows only while it is this one). */
  last: ChangeSet | undefined;
  /** A manager's grade (with the reason, who and when), or undefined to return to the computed one; false when refused. */
  setOverride: (id: string, override: GradeOverride | undefined) => Promise<boolean>;
};

const customersOnly = (customers: DocChange<CustomerDoc>[]): ChangeSet => ({ customers, followups: [], comments: [] });

/** The list's undo history outlives a visit to another page (check the merged follow-ups in 跟进表, come back, 撤销). */
const boxes = new WeakMap<SalesDeskDatabase, UndoBox<ChangeSet>>();
const historyOf = (db: SalesDeskDatabase): UndoBox<ChangeSet> => {
  const known = boxes.get(db) ?? undoBox<ChangeSet>();
  boxes.set(db, known);
  return known;
};

/**
 * The 客户 list's writes: cell edits, the recycle bin and merges, each one undo step over stamped,
 * conflict-safe bulk writes (a merge spans customers, follow-ups and comments). What the hub would
 * refuse (a rep editing a colleague's customer, an empty name) is refused here, in words.
 */
export const useCustomerActions = (rows: ReadonlyMap<string, CustomerRow>, followUpCount: (customerId: string) => number, role: Role | undefined, onMessage: (message: string) => void): CustomerActions => {
  const db = useDatabase();
  const writer = useWriter();
  const { t } = useTranslation();
  const rowsRef = useRef(rows);
  useLayoutEffect(() => {
    rowsRef.current = rows;
  });
  const write = useCallback((set: ChangeSet, side: 'before' | 'after') => writeChangeSet(db, set, side, writer), [db, writer]);
  const history = useUndoHistory(write, onMessage, historyOf(db));
  const { record, run } = history;

  /** The first reason a change may not be written, or null. */
  const refusal = useCallback((changes: readonly DocChange<CustomerDoc>[]): string | null => {
    for (const c of changes) {
      const row = rowsRef.current.get(c.id);
      if (!row) continue;
      const next = { ...storedCustomer(row), ...c.after };
      if (c.after.name !== undefined && next.name === '') return t('customers.refusals.nameRequired');
      if (c.after.ownerId !== undefined && next.ownerId === '') return t('customers.refusals.ownerRequired');
      if (role && !canWrite('customers', { memberId: writer.memberId, role }, storedCustomer(row), next)) return t('customers.refusals.notYours', { name: row.name });
    }
    return null;
  }, [role, t, writer.memberId]);

  const change = useCallback(async (changes: DocChange<CustomerDoc>[]) => {
    if (!changes.length) return;
    const refused = refusal(changes);
    if (refused) throw new Error(refused);
    const set = customersOnly(changes);
    record(set);
    await write(set, 'after');
  }, [refusal, record, write]);

  const setCells = useCallback(async (changes: readonly CellChange[], newRows: readonly Partial<CustomerRow>[] = []) => {
    if (newRows.length) onMessage(t('customers.refusals.pastePastEnd'));
    await change(buildCellPatches(rowsRef.current, changes, customerCellPatch) as DocChange<CustomerDoc>[]);
    return [];
  }, [change, onMessage, t]);

  const trash = useCallback(async (ids: readonly string[], trashed: boolean) => {
    if (trashed) {
      const busy = ids.map((id) => rowsRef.current.get(id)).find((r) => r && followUpCount(r.id) > 0);
      if (busy) throw new Error(t('customers.refusals.hasFollowUps', { name: busy.name, count: followUpCount(busy.id) }));
    }
    const at = writer.now();
    await change(ids.map((id): DocChange<CustomerDoc> => {
      const row = rowsRef.current.get(id);
      // Restoring a merged duplicate makes it a customer of its own again.
      return trashed
        ? { id, before: { trashed: false, trashedAt: row?.trashedAt }, after: { trashed: true, trashedAt: at } }
        : { id, before: { trashed: true, mergedInto: row?.mergedInto }, after: { trashed: false, mergedInto: undefined } };
    }));
    onMessage(t(trashed ? 'customers.trashed' : 'customers.restored', { count: ids.length }));
  }, [change, followUpCount, t, writer, onMessage]);

  /** Undoing a merge says so once every row is back (the duplicate and its follow-ups). */
  const undo = useCallback(async () => {
    const merged = history.last?.customers.find((c) => c.after.mergedInto);
    await history.undo();
    const name = merged && rowsRef.current.get(merged.id)?.name;
    if (name) onMessage(t('customers.merge.undone', { drop: name }));
  }, [history, onMessage, t]);

  const setOverride = useCallback(async (id: string, override: GradeOverride | undefined) => {
    await change([{ id, before: { gradeOverride: rowsRef.current.get(id)?.gradeOverride }, after: { gradeOverride: override } }]);
    return true;
  }, [change]);

  return useMemo(
    () => ({
      setCells: (changes: readonly CellChange[], newRows?: readonly Partial<CustomerRow>[]) => run(() => setCells(changes, newRows), []),
      addRows: () => Promise.resolve([]),
      trash: (ids: readonly string[], trashed: boolean) => run(() => trash(ids, trashed), undefined),
      undo: () => run(undo, undefined),
      redo: () => run(history.redo, undefined),
      canUndo: history.canUndo,
      canRedo: history.canRedo,
      recordStep: record,
      last: history.last,
      setOverride: (id: string, override: GradeOverride | undefined) => run(() => setOverride(id, override), false),
    }),
    [run, setCells, trash, undo, history, record, setOverride],
  );
};
