import type { RxChangeEvent, RxCollection } from 'rxdb';
import { queryPlain } from './queryPlain.ts';

/**
 * A collection's documents held in memory as plain objects (no RxDocument per row). `membership`
 * changes when rows come, go or move to the recycle bin (views are recomputed), `revision` when a
 * row's content changes (cells re-render in place: no re-sort, so a teammate's edit never moves the
 * row under your cursor).
 */
export type WorkingSetOf<T> = { rows: ReadonlyMap<string, T>; membership: number; revision: number; loaded: boolean };

export type WorkingSetStoreOf<T> = { get: () => WorkingSetOf<T>; subscribe: (listener: () => void) => () => void };

type Doc = { id: string; trashed: boolean };

export type WorkingSetOptions<D, T> = {
  /** An indexed first page painted before the whole set has loaded (the grid's newest rows). */
  firstPage?: object;
  /** The row kept for a stored document (the document itself, or with derived fields added). */
  toRow: (doc: D) => T;
};

const ALL = { selector: { _deleted: { $eq: false } } };

/** Reads every row once and follows the change stream from then on, telling `publish` after each step. */
const follow = <D extends Doc, T extends { trashed: boolean }>(collection: RxCollection<D>, options: WorkingSetOptions<D, T>, publish: (state: WorkingSetOf<T>) => void): void => {
  const rows = new Map<string, T>();
  let buffered: RxChangeEvent<D>[] | null = [];
  let membership = 0;
  let revision = 0;
  const emit = () => publish({ rows, membership, revision, loaded: buffered === null });
  const apply = (e: RxChangeEvent<D>) => {
    const previous = rows.get(e.documentId);
    if (e.operation === 'DELETE' || (e.documentData as { _deleted?: boolean })._deleted) rows.delete(e.documentId);
    else rows.set(e.documentId, options.toRow(e.documentData as D));
    const next = rows.get(e.documentId);
    // Moving to or from the recycle bin changes which views hold the row, like an insert or delete.
    if (!previous !== !next || previous?.trashed !== next?.trashed) membership++;
    else revision++;
  };
  // Subscribe first, so nothing written during the load is missed; replay after it.
  collection.$.subscribe((e) => {
    if (buffered) return void buffered.push(e as unknown as RxChangeEvent<D>);
    apply(e as unknown as RxChangeEvent<D>);
    emit();
  });
  // First paint from one indexed page; the whole set (for sorting, filters and search) is asked for
  // only once that page is in: IndexedDB serves requests in order, and the page's cursor steps must
  // not queue behind a second-long read of every row.
  const firstPage = options.firstPage
    ? queryPlain(collection, options.firstPage).then((docs) => {
        if (buffered === null || rows.size > 0) return;
        for (const d of docs) rows.set(d.id, options.toRow(d));
        membership++;
        emit();
      })
    : Promise.resolve();
  void firstPage.catch(() => undefined).then(() => queryPlain(collection, ALL)).then((docs) => {
    rows.clear();
    for (const d of docs) rows.set(d.id, options.toRow(d));
    const pending = buffered ?? [];
    buffered = null;
    pending.forEach(apply);
    membership++;
    emit();
  });
};

/**
 * A working set over a collection, loaded on first subscription and kept from then on. Callers keep
 * one per database (a WeakMap), so every page reads the same rows and the app never holds two copies.
 */
export const collectionWorkingSet = <D extends Doc, T extends { trashed: boolean }>(collection: RxCollection<D>, options: WorkingSetOptions<D, T>): WorkingSetStoreOf<T> => {
  let state: WorkingSetOf<T> = { rows: new Map(), membership: 0, revision: 0, loaded: false };
  let started = false;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      if (!started) {
        started = true;
        follow(collection, options, (next) => ((state = next), listeners.forEach((l) => l())));
      }
      return () => listeners.delete(listener);
    },
  };
};
