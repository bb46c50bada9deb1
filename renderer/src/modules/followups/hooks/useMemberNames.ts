import { map } from 'rxjs';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useObservable } from '../../../db/useObservable.ts';

/** Every member's name by id, former members too: old history entries still say who wrote them. */
export const useMemberNames = (): Map<string, string> | undefined => {
  const db = useDatabase();
  return useObservable(() => db.members.find().$.pipe(map((docs) => new Map(docs.map((d) => [d.id, d.name])))), [db]);
};
