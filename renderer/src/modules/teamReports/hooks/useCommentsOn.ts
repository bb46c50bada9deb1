import { map } from 'rxjs';
import type { CommentDoc } from '../../../../../shared/db/schemas/commentSchema.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useObservable } from '../../../db/useObservable.ts';

/** The comments on the given targets (reports), oldest first, outside the recycle bin; live. */
export const useCommentsOn = (targetIds: readonly string[]): CommentDoc[] | undefined => {
  const db = useDatabase();
  const key = targetIds.join('\n');
  return useObservable(
    () =>
      db.comments
        .find({ selector: { targetId: { $in: key === '' ? [] : key.split('\n') } }, sort: [{ targetId: 'asc' }, { createdAt: 'asc' }] })
        .$.pipe(map((docs) => docs.map((d) => d.toMutableJSON()).filter((c) => !c.trashed).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)))),
    [db, key],
  );
};
