import { useSyncExternalStore } from 'react';
import type { CustomerRow } from '../../../shared/customers/customerRow.ts';
import { useDatabase } from './DatabaseContext.ts';
import type { WorkingSetOf } from './collectionWorkingSet.ts';
import { customerWorkingSet } from './customerWorkingSet.ts';

/** Every customer in memory (the 客户 list's working set), live. */
export const useCustomerRows = (): WorkingSetOf<CustomerRow> => {
  const store = customerWorkingSet(useDatabase());
  return useSyncExternalStore(store.subscribe, store.get);
};
