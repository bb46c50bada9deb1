import type { RxCollection } from 'rxdb';
import { combineLatest, map } from 'rxjs';
import type { FieldConflict } from '../../../../../shared/sync/syncMeta.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useObservable } from '../../../db/useObservable.ts';
import { conflictCollections, type ConflictCollection } from '../../../sync/conflictCollections.ts';

export type ConflictedRecord = { collection: ConflictCollection; doc: Record<string, unknown> & { id: string; conflicts: FieldConflict[] } };

const withConflicts = { selector: { 'conflicts.0': { $exists: true } } } as never;

/** Records with unresolved conflicts, live; only subscribed while the dialog is open. */
export const useOpenConflicts = (): ConflictedRecord[] | undefined => {
  const db = useDatabase();
  return useObservable(
    () =>
      combineLatest(
        conflictCollections
          .filter((c) => db.collections[c])
          .map((c) => {
            // The collections differ only in document type; each carries the sync metadata read here.
            const collection = db.collections[c] as unknown as RxCollection<ConflictedRecord['doc']>;
            return collection.find(withConflicts).$.pipe(map((docs) => docs.map((d): ConflictedRecord => ({ collection: c, doc: d.toMutableJSON() }))));
          }),
      ).pipe(map((lists) => lists.flat())),
    [db],
  );
};
