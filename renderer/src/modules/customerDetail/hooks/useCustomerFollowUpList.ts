import { map } from 'rxjs';
import type { FollowUpDoc } from '../../../../../shared/db/schemas/followUpSchema.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useObservable } from '../../../db/useObservable.ts';

/** Every follow-up of a customer outside the recycle bin, newest first, live; over the customerId+followedAt index. */
export const useCustomerFollowUpList = (customerId: string): FollowUpDoc[] | undefined => {
  const db = useDatabase();
  return useObservable(
    () =>
      db.followups
        .find({ selector: { customerId, trashed: false }, sort: [{ customerId: 'desc' }, { followedAt: 'desc' }] })
        .$.pipe(map((docs) => docs.map((d) => d.toMutableJSON()))),
    [db, customerId],
  );
};
