import { map } from 'rxjs';
import type { GridRow } from '../../../../../shared/grid/gridTypes.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useObservable } from '../../../db/useObservable.ts';

/** One follow-up, live (a teammate's edit shows at once); null when it does not exist, undefined while loading. */
export const useFollowUpDoc = (id: string): GridRow | null | undefined => {
  const db = useDatabase();
  return useObservable(() => db.followups.findOne(id).$.pipe(map((doc) => (doc ? doc.toMutableJSON() : null))), [db, id]);
};
