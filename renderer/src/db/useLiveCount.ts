import type { CollectionName } from '../../../shared/db/collections.ts';
import { useDatabase } from './DatabaseContext.ts';
import { useObservable } from './useObservable.ts';

/** Live count of a collection's documents that are not in the recycle bin. */
export const useLiveCount = (name: CollectionName): number | undefined => {
  const db = useDatabase();
  return useObservable(() => db.collections[name].count({ selector: { trashed: false } }).$, [db, name]);
};
