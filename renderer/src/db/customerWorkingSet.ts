import type { SalesDeskDatabase } from '../../../shared/db/collections.ts';
import type { CustomerDoc } from '../../../shared/db/schemas/customerSchema.ts';
import { customerRowOf, type CustomerRow } from '../../../shared/customers/customerRow.ts';
import { collectionWorkingSet, type WorkingSetStoreOf } from './collectionWorkingSet.ts';

const stores = new WeakMap<SalesDeskDatabase, WorkingSetStoreOf<CustomerRow>>();

/**
 * Every customer in memory as plain rows (read below RxCollection, no RxDocument each), one working
 * set per database shared by the 客户 list, duplicate checks, the grading and the merge repairs: 50,000
 * customers stay fast to sort, filter and search.
 */
export const customerWorkingSet = (db: SalesDeskDatabase): WorkingSetStoreOf<CustomerRow> => {
  const known = stores.get(db);
  if (known) return known;
  const store = collectionWorkingSet<CustomerDoc, CustomerRow>(db.customers, { toRow: customerRowOf });
  stores.set(db, store);
  return store;
};
