import type { RxChangeEvent } from 'rxdb';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import type { GridRow } from '../../../../../shared/grid/gridTypes.ts';
import { queryPlain } from '../../../db/queryPlain.ts';

/**
 * The follow-ups held in memory for the grid. `membership` changes when rows come, go or move to the
 * recycle bin (the view is recomputed), `revision` when a row's content changes (cells re-render in
 * place: no re-sort, so a teammate's edit never moves the row under your cursor).
 */
export type WorkingSet = { rows: ReadonlyMap<string, GridRow>; membership: number; revision: number; loaded: boolean };

export type WorkingSetStore = { get: () => WorkingSet; subscribe: (listener: () => void) => () => void };

const load = (db: SalesDeskDatabase, query: object): Promise<GridRow[]> => queryPlain(db.followups, query);
/** The newest rows outside the recycle bin, by the inverted-time index: the default view's first screens. */
const FIRST_PAGE = { selector: { _deleted: { $eq: false }, trashed: { $eq: false } }, sort: [{ trashed: 'asc' }, { followedDesc: 'asc' }], limit: 300 };
const ALL = { selector: { _deleted: { $eq: false } } };

/** Reads every row once and follows the change stream from then on, telling `publish` after each step. */
const follow = (db: SalesDeskDatabase, publish: (state: WorkingSet) => void): void => {
  const rows = new Map<string, GridRow>();
  let buffered: RxChangeEvent<GridRow>[] | null = [];
  let membership = 0;
  let revision = 0;
  const emit = () => publish({ rows, membership, revision, loaded: buffered === null });
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
  db.followups.$.subscribe((e) => {
    if (buffered) return void buffered.push(e as unknown as RxChangeEvent<GridRow>);
    apply(e as unknown as RxChangeEvent<GridRow>);
    emit();
  });
  // First paint from one indexed page; the whole set (for sorting, filters and search) follows.
  void load(db, FIRST_PAGE).then((docs) => {
    if (buffered === null || rows.size > 0) return;
    for (const d of docs) rows.set(d.id, d);
    membership++;
    emit();
  });
  void load(db, ALL).then((docs) => {
    rows.clear();
    for (const d of docs) rows.set(d.id, d);
    const pending = buffered ?? [];
    buffered = null;
    pending.forEach(apply);
    membership++;
    emit();
  });
};

const stores = new WeakMap<SalesDeskDatabase, WorkingSetStore>();

/**
 * One working set per database, loaded on first use and kept for the database's life: the grid, 今日
 * and the reminders read the same rows, so opening the grid after 今日 loads nothing again and the app
 * never holds two copies of 100,000 rows.
 */
export const followUpWorkingSet = (db: SalesDeskDatabase): WorkingSetStore => {
  const known = stores.get(db);
  if (known) return known;
  let state: WorkingSet = { rows: new Map(), membership: 0, revision: 0, loaded: false };
  let started = false;
  const listeners = new Set<() => void>();
  const store: WorkingSetStore = {
    get: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      if (!started) {
        started = true;
        follow(db, (next) => ((state = next), listeners.forEach((l) => l())));
      }
      return () => listeners.delete(listener);
    },
  };
  stores.set(db, store);
  return store;
};
