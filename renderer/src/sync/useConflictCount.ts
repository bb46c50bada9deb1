import { useEffect, useState } from 'react';
import type { RxCollection } from 'rxdb';
import type { SyncMeta } from '../../../shared/sync/syncMeta.ts';
import { useDatabase } from '../db/DatabaseContext.ts';
import { conflictCollections } from './conflictCollections.ts';

type Tracked = RxCollection<SyncMeta & { id: string }>;

// Scanned once for records that already carry a conflict; after that each change adjusts the set, so
// a sync that writes thousands of rows never re-reads the collection.
const trackConflicts = (collections: Tracked[], onCount: (n: number) => void) => {
  const ids = new Set<string>();
  const key = (c: Tracked, id: string) => `${c.name}/${id}`;
  const subs = collections.map((c) =>
    c.$.subscribe((e) => {
      const k = key(c, e.documentId);
      const before = ids.size;
      if (!e.documentData._deleted && e.documentData.conflicts.length > 0) ids.add(k);
      else ids.delete(k);
      if (ids.size !== before) onCount(ids.size);
    }),
  );
  void Promise.all(collections.map(async (c) => (await c.find({ selector: { 'conflicts.0': { $exists: true } } as never }).exec()).forEach((d) => ids.add(key(c, d.primary))))).then(() => onCount(ids.size));
  return () => subs.forEach((s) => s.unsubscribe());
};

/** Records that carry an unresolved same-field conflict. */
export const useConflictCount = (): number | undefined => {
  const db = useDatabase();
  const [count, setCount] = useState<number | undefined>(undefined);
  useEffect(() => trackConflicts(conflictCollections.map((c) => db.collections[c]).filter(Boolean) as unknown as Tracked[], setCount), [db]);
  return count;
};
