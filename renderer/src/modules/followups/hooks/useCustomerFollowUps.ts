import { map } from 'rxjs';
import type { GridRow } from '../../../../../shared/grid/gridTypes.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useObservable } from '../../../db/useObservable.ts';

/** A customer's latest follow-ups outside the recycle bin, newest first, live; over the customerId+followedAt index. */
export const useCustomerFollowUps = (customerId: string, limit = 10): GridRow[] | undefined => {
  const db = useDatabase();
  return useObservable(
    () =>
      db.followups
        .find({ selector: { customerId, trashed: false }, sort: [{ customerId: 'desc' }, { followedAt: 'desc' }], limit })
        .$.pipe(map((docs) => docs.map((d) => d.toMutableJSON()))),
    [db, customerId, limit],
  );
};
