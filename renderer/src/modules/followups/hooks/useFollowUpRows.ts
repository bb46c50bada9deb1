import { useEffect, useState } from 'react';
import type { RxChangeEvent } from 'rxdb';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import type { GridRow } from '../../../../../shared/grid/gridTypes.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { queryPlain } from '../../../db/queryPlain.ts';

/**
 * The follow-ups held in memory for the grid. `membership` changes when rows come, go or move to the
 * recycle bin (the view is
 * recomputed), `revision` when a row's content changes (cells re-render in place: no re-sort, so a
 * teammate's edit never moves the row under your cursor).
 */
export type WorkingSet = { rows: ReadonlyMap<string, GridRow>; membership: number; revision: number; loaded: boolean };

const load = (db: SalesDeskDatabase, query: object): Promise<GridRow[]> => queryPlain(db.followups, query);
/** The newest rows outside the recycle bin, by the inverted-time index: the default view's first screens. */
const FIRST_PAGE = { selector: { _deleted: { $eq: false }, trashed: { $eq: false } }, sort: [{ trashed: 'asc' }, { followedDesc: 'asc' }], limit: 300 };
const ALL = { selector: { _deleted: { $eq: false } } };

export const useFollowUpRows = (): WorkingSet => {
  const db = useDatabase();
  const [state, setState] = useState<WorkingSet>({ rows: new Map(), membership: 0, revision: 0, loaded: false });
  useEffect(() => {
    const rows = new Map<string, GridRow>();
    let buffered: RxChangeEvent<GridRow>[] | null = [];
    let membership = 0;
    let revision = 0;
    let cancelled = false;
    const publish = () => !cancelled && setState({ rows, membership, revision, loaded: buffered === null });
    const apply = (e: RxChangeEvent<GridRow>) => {
      const previous = rows.get(e.documentId);
      if (e.operation === 'DELETE' || e.documentData._deleted) rows.delete(e.documentId);
      else rows.set(e.documentId, e.documentData);
      const next = rows.get(e.documentId);
      // Moving to or from the recycle bin changes which views hold the row, like an insert or delete.
      if (!previous !== !next || previous?.trashed !== next?.trashed) membership++;
      else revision++;
    };
    // Subscribe first, so nothing written during the load is missed; replay after it.
    const sub = db.followups.$.subscribe((e) => {
      if (buffered) return void buffered.push(e as unknown as RxChangeEvent<GridRow>);
      apply(e as unknown as RxChangeEvent<GridRow>);
      publish();
    });
    // First paint from one indexed page; the whole set (for sorting, filters and search) follows.
    void load(db, FIRST_PAGE).then((docs) => {
      if (buffered === null || rows.size > 0) return;
      for (const d of docs) rows.set(d.id, d);
      membership++;
      publish();
    });
    void load(db, ALL).then((docs) => {
      rows.clear();
      for (const d of docs) rows.set(d.id, d);
      const pending = buffered ?? [];
      buffered = null;
      pending.forEach(apply);
      membership++;
      publish();
    });
    return () => {
      cancelled = true;
      sub.unsubscribe();
    };
  }, [db]);
  return state;
};
