import { combineLatest, map } from 'rxjs';
import { useDatabase } from '../db/DatabaseContext.ts';
import { useObservable } from '../db/useObservable.ts';

// Records people edit side by side; a losing same-field edit stays on the record until resolved.
const withConflicts = { selector: { 'conflicts.0': { $exists: true } } } as never;

/** Records that carry an unresolved same-field conflict. */
export const useConflictCount = (): number | undefined => {
  const db = useDatabase();
  return useObservable(
    () =>
      combineLatest([db.followups, db.customers, db.dailyreports].filter(Boolean).map((c) => c.count(withConflicts).$)).pipe(
        map((counts) => counts.reduce((a, b) => a + b, 0)),
      ),
    [db],
  );
};
