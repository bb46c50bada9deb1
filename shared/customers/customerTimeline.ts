import { commentThreads, type CommentThread } from '../comments/commentThreads.ts';
import type { CommentDoc } from '../db/schemas/commentSchema.ts';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';

type FollowUp = Pick<FollowUpDoc, 'id' | 'followedAt' | 'trashed'>;
type Comment = Pick<CommentDoc, 'id' | 'parentId' | 'createdAt' | 'trashed'>;

/** One entry of a customer's timeline: a follow-up, or a 批注 thread (its replies stay under it). */
export type TimelineEntry<F extends FollowUp, C extends Comment> =
  | { kind: 'followUp'; at: number; followUp: F }
  | ({ kind: 'comment'; at: number } & CommentThread<C>);

/**
 * A customer's timeline, newest first: every follow-up at its 跟进时间 and every comment thread at the
 * time it was opened, so a manager's remark sits next to the visit it was about. What is in the recycle
 * bin is left out; at the same instant the remark shows above the follow-up (it was written after it).
 */
export const customerTimeline = <F extends FollowUp, C extends Comment>(followUps: readonly F[], comments: readonly C[]): TimelineEntry<F, C>[] => {
  const entries: TimelineEntry<F, C>[] = [
    ...followUps.filter((f) => !f.trashed).map((followUp) => ({ kind: 'followUp' as const, at: followUp.followedAt, followUp })),
    ...commentThreads(comments.filter((c) => !c.trashed)).map((thread) => ({ kind: 'comment' as const, at: thread.root.createdAt, ...thread })),
  ];
  const idOf = (e: TimelineEntry<F, C>) => (e.kind === 'followUp' ? e.followUp.id : e.root.id);
  return entries.sort((a, b) => b.at - a.at || (a.kind === b.kind ? (idOf(a) < idOf(b) ? 1 : -1) : a.kind === 'followUp' ? 1 : -1));
};
