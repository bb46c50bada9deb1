import type { CommentDoc } from '../db/schemas/commentSchema.ts';
import { reportIdParts } from '../reports/reportIdParts.ts';

type Comment = Pick<CommentDoc, 'id' | 'targetType' | 'targetId' | 'authorId' | 'mentions' | 'parentId' | 'readBy' | 'trashed'>;

/**
 * Whether a comment is news for a member and not yet read by them: someone else's comment on their own
 * report, naming them, or replying to one of their comments (`ownCommentIds`).
 */
export const isUnreadFor = (comment: Comment, memberId: string, ownCommentIds: ReadonlySet<string> = new Set()): boolean => {
  if (comment.trashed || comment.authorId === memberId || comment.readBy.some((r) => r.memberId === memberId)) return false;
  const onMyReport = comment.targetType === 'dailyReport' && reportIdParts(comment.targetId)?.memberId === memberId;
  return onMyReport || comment.mentions.includes(memberId) || ownCommentIds.has(comment.parentId);
};

/** The comments unread by a member among `comments` (replies to their own comments in the same list count too). */
export const unreadComments = <T extends Comment>(comments: readonly T[], memberId: string): T[] => {
  const own = new Set(comments.filter((c) => c.authorId === memberId).map((c) => c.id));
  return comments.filter((c) => isUnreadFor(c, memberId, own));
};
