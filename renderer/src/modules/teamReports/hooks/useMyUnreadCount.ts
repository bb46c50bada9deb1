import { map } from 'rxjs';
import { unreadComments } from '../../../../../shared/comments/unreadComments.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useObservable } from '../../../db/useObservable.ts';

/** How many comments on my reports, or naming me, or replying to me, I have not read yet: the 日报 badge. */
export const useMyUnreadCount = (): number => {
  const db = useDatabase();
  const { memberId } = useProfile();
  const count = useObservable(
    () => db.comments.find({ selector: { trashed: false } }).$.pipe(map((docs) => unreadComments(docs.map((d) => d.toMutableJSON()), memberId).length)),
    [db, memberId],
  );
  return count ?? 0;
};
