import { useEffect } from 'react';
import { isUnreadFor } from '../../../../../shared/comments/unreadComments.ts';
import type { CommentDoc } from '../../../../../shared/db/schemas/commentSchema.ts';
import { patchStamped } from '../../../../../shared/db/stampedWrites.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useWriter } from '../../../db/useWriter.ts';

/**
 * Viewing a thread reads it: the comments that were news to me get my read mark (readBy), and my
 * comment and mention notices about this report are marked read. Only what is unread is written, so
 * an open thread causes no further writes.
 */
export const useMarkThreadRead = (targetId: string, comments: readonly CommentDoc[] | undefined): void => {
  const db = useDatabase();
  const writer = useWriter();
  const own = new Set((comments ?? []).filter((c) => c.authorId === writer.memberId).map((c) => c.id));
  const unreadKey = (comments ?? []).filter((c) => isUnreadFor(c, writer.memberId, own)).map((c) => c.id).join(',');
  useEffect(() => {
    if (unreadKey === '') return;
    void (async () => {
      const docs = await db.comments.findByIds(unreadKey.split(',')).exec();
      for (const doc of docs.values()) {
        const readBy = doc.getLatest().readBy;
        if (!readBy.some((r) => r.memberId === writer.memberId)) await patchStamped(doc, { readBy: [...readBy, { memberId: writer.memberId, at: writer.now() }] }, writer);
      }
      const notices = await db.notifications.find({ selector: { recipientId: writer.memberId, targetId, readAt: 0, kind: { $in: ['comment', 'mention'] } } }).exec();
      for (const notice of notices) await patchStamped(notice, { readAt: writer.now() }, writer);
    })();
  }, [db, writer, targetId, unreadKey]);
};
