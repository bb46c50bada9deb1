import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useObservable } from '../../../db/useObservable.ts';

/** Live count of follow-ups at or after an instant. */
export const useFollowUpsSince = (since: number): number | undefined => {
  const db = useDatabase();
  return useObservable(() => db.followups.count({ selector: { trashed: false, followedAt: { $gte: since } } }).$, [db, since]);
};
