import { map } from 'rxjs';
import type { NotificationDoc } from '../../../../../shared/db/schemas/notificationSchema.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useObservable } from '../../../db/useObservable.ts';

/** The notification documents addressed to a member, newest first, live; undefined while loading. */
export const useMyNotifications = (memberId: string): NotificationDoc[] | undefined => {
  const db = useDatabase();
  return useObservable(
    () =>
      // Ascending on the (recipientId, createdAt) index, newest first here: Dexie never scans an index backwards.
      db.notifications
        .find({ selector: { recipientId: memberId, trashed: false }, sort: [{ createdAt: 'asc' }] })
        .$.pipe(map((docs) => docs.map((d) => d.toMutableJSON()).sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1)))),
    [db, memberId],
  );
};
