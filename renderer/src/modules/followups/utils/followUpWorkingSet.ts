import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import type { GridRow } from '../../../../../shared/grid/gridTypes.ts';
import { collectionWorkingSet, type WorkingSetOf, type WorkingSetStoreOf } from '../../../db/collectionWorkingSet.ts';

/** The follow-ups held in memory for the grid (see collectionWorkingSet). */
export type WorkingSet = WorkingSetOf<GridRow>;

export type WorkingSetStore = WorkingSetStoreOf<GridRow>;

/** The newest rows outside the recycle bin, by the inverted-time index: the default view's first screens. */
const FIRST_PAGE = { selector: { _deleted: { $eq: false }, trashed: { $eq: false } }, sort: [{ trashed: 'asc' }, { followedDesc: 'asc' }], limit: 300 };

const stores = new WeakMap<SalesDeskDatabase, WorkingSetStore>();

/**
 * One working set per database, loaded on first use and kept for the database's life: the grid, 今日
 * and the reminders read the same rows, so opening the grid after 今日 loads nothing again and the app
 * never holds two copies of 100,000 rows.
 */
export const followUpWorkingSet = (db: SalesDeskDatabase): WorkingSetStore => {
  const known = stores.get(db);
  if (known) return known;
  const store = collectionWorkingSet<GridRow, GridRow>(db.followups, { firstPage: FIRST_PAGE, toRow: (doc) => doc });
  stores.set(db, store);
  return store;
};
