import type { CommentDoc } from '../db/schemas/commentSchema.ts';
import type { NotificationDoc } from '../db/schemas/notificationSchema.ts';
import type { SyncMeta } from '../sync/syncMeta.ts';

type Fields = Omit<NotificationDoc, keyof SyncMeta>;
type Comment = Pick<CommentDoc, 'id' | 'authorId' | 'mentions' | 'targetType' | 'targetId'>;

export type CommentNotificationsInput = {
  comment: Comment;
  /** Who the commented thing belongs to (a report's rep), if anyone. */
  ownerId: string;
  /** The author of the comment replied to, if this is a reply. */
  parentAuthorId?: string;
  /** Texts in the sender's language: to the owner, to the author replied to, to a mentioned member. */
  text: Record<'comment' | 'reply' | 'mention', { title: string; body: string }>;
};

/** Notification ids per comment and recipient, so retrying a post never notifies twice. */
export const commentNotificationId = (commentId: string, recipientId: string): string => `n_${commentId}_${recipientId}`;

/**
 * Who a new comment notifies: each member it @mentions ('mention'), the report's rep and the author of
 * the comment replied to ('comment', worded as a reply for the latter). One notice per person (a
 * mention says more than a comment), and never to the author.
 */
export const commentNotifications = ({ comment, ownerId, parentAuthorId, text }: CommentNotificationsInput): Fields[] => {
  const why = new Map<string, 'mention' | 'comment' | 'reply'>();
  for (const id of comment.mentions) why.set(id, 'mention');
  if (ownerId !== '' && !why.has(ownerId)) why.set(ownerId, 'comment');
  if (parentAuthorId && !why.has(parentAuthorId)) why.set(parentAuthorId, 'reply');
  why.delete(comment.authorId);
  return [...why].map(([recipientId, reason]) => ({
    id: commentNotificationId(comment.id, recipientId),
    recipientId,
    senderId: comment.authorId,
    kind: reason === 'mention' ? ('mention' as const) : ('comment' as const),
    title: text[reason].title,
    body: text[reason].body,
    targetType: comment.targetType,
    targetId: comment.targetId,
    readAt: 0,
  }));
};
