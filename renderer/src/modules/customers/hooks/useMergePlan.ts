import { useMemo } from 'react';
import { map } from 'rxjs';
import type { ChangeSet } from '../../../../../shared/customers/changeSet.ts';
import type { CustomerRow } from '../../../../../shared/customers/customerRow.ts';
import { mergeRefusal, type MergeRefusal } from '../../../../../shared/customers/mergeRefusal.ts';
import { planMerge } from '../../../../../shared/customers/planMerge.ts';
import type { CommentDoc } from '../../../../../shared/db/schemas/commentSchema.ts';
import type { Role } from '../../../../../shared/domain/roles.ts';
import { useNow } from '../../../app/hooks/useNow.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useObservable } from '../../../db/useObservable.ts';
import { storedCustomer } from '../utils/storedCustomer.ts';
import type { useFollowUpsByCustomer } from './useFollowUpsByCustomer.ts';

export type MergePlan = { set: ChangeSet; refusal: MergeRefusal; followUps: number; comments: number };

/**
 * What merging `drop` into `keep` would write (planMerge, live): the duplicate's follow-ups from the
 * working set, its comments from their index, and whether this member may write every row (the hub
 * refuses a push whole otherwise). Null while the comments load.
 */
export const useMergePlan = (keep: CustomerRow, drop: CustomerRow, followUps: ReturnType<typeof useFollowUpsByCustomer>, role: Role | undefined): MergePlan | null => {
  const db = useDatabase();
  const { memberId } = useProfile();
  // When the duplicate goes to the recycle bin (to the minute).
  const now = useNow();
  const comments = useObservable(() => db.comments.find({ selector: { targetId: drop.id } }).$.pipe(map((docs): CommentDoc[] => docs.map((d) => d.toMutableJSON()))), [db, drop.id]);
  return useMemo(() => {
    if (!comments || !followUps.loaded || !role) return null;
    const moved = followUps.of(drop.id);
    const set = planMerge(storedCustomer(keep), storedCustomer(drop), moved, comments, now);
    const masters = {
      customers: new Map([[keep.id, storedCustomer(keep)], [drop.id, storedCustomer(drop)]]),
      followups: new Map(moved.map((f) => [f.id, f])),
      comments: new Map(comments.map((c) => [c.id, c])),
    };
    return { set, refusal: mergeRefusal(set, masters, { memberId, role }), followUps: set.followups.length, comments: set.comments.length };
  }, [keep, drop, comments, followUps, role, memberId, now]);
};
