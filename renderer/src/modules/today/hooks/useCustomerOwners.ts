import { map } from 'rxjs';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useObservable } from '../../../db/useObservable.ts';

/** 客户负责人 by customer id (customers outside the recycle bin), live; undefined while loading. */
export const useCustomerOwners = (): ReadonlyMap<string, string> | undefined => {
  const db = useDatabase();
  return useObservable(() => db.customers.find({ selector: { trashed: false } }).$.pipe(map((docs) => new Map(docs.map((d) => [d.id, d.ownerId])))), [db]);
};
