import { map } from 'rxjs';
import type { NotificationDoc } from '../../../../../shared/db/schemas/notificationSchema.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useObservable } from '../../../db/useObservable.ts';

/** Notifications with known ids (a 催交's id is derived from the rep-day), live. */
export const useNotificationsById = (ids: readonly string[]): Map<string, NotificationDoc> | undefined => {
  const db = useDatabase();
  const key = ids.join('\n');
  return useObservable(
    () => db.notifications.findByIds(key === '' ? [] : key.split('\n')).$.pipe(map((found) => new Map([...found].map(([id, d]) => [id, d.toMutableJSON()])))),
    [db, key],
  );
};
