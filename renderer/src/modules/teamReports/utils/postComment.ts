import { commentNotifications } from '../../../../../shared/comments/commentNotifications.ts';
import { parseMentions } from '../../../../../shared/comments/parseMentions.ts';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import type { CommentDoc, CommentTarget } from '../../../../../shared/db/schemas/commentSchema.ts';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import { insertStamped, type Writer } from '../../../../../shared/db/stampedWrites.ts';
import type { SyncMeta } from '../../../../../shared/sync/syncMeta.ts';
import { newRecordId } from '../../../db/newRecordId.ts';

const EXCERPT = 80;

export type CommentPost = {
  target: { type: CommentTarget; id: string; ownerId: string };
  body: string;
  parent: CommentDoc | null;
  members: readonly MemberDoc[];
  /** The notices' titles in the sender's language, given the sender's name. */
  titles: (senderName: string) => Record<'comment' | 'reply' | 'mention', string>;
};

/**
 * Writes a 批注 with its @mentions, then a notice to the target's owner, the members mentioned and the
 * author replied to. The comment is written first, so a notice never points at nothing.
 */
export const postComment = async (db: SalesDeskDatabase, writer: Writer, { target, body, parent, members, titles }: CommentPost): Promise<void> => {
  const text = body.trim();
  const fields: Omit<CommentDoc, keyof SyncMeta> = {
    id: newRecordId('m', writer.now()), targetType: target.type, targetId: target.id, authorId: writer.memberId,
    body: text, mentions: parseMentions(text, members), parentId: parent?.id ?? '', readBy: [],
  };
  await insertStamped(db.comments, fields, writer);
  const title = titles(members.find((m) => m.id === writer.memberId)?.name ?? '');
  const excerpt = text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
  const notices = commentNotifications({
    comment: fields, ownerId: target.ownerId, ...(parent ? { parentAuthorId: parent.authorId } : {}),
    text: { comment: { title: title.comment, body: excerpt }, reply: { title: title.reply, body: excerpt }, mention: { title: title.mention, body: excerpt } },
  });
  for (const notice of notices) await insertStamped(db.notifications, notice, writer);
};
