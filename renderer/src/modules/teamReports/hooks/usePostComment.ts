import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { commentNotifications } from '../../../../../shared/comments/commentNotifications.ts';
import { parseMentions } from '../../../../../shared/comments/parseMentions.ts';
import type { CommentDoc } from '../../../../../shared/db/schemas/commentSchema.ts';
import type { ReportRef } from '../utils/reportRef.ts';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import { insertStamped } from '../../../../../shared/db/stampedWrites.ts';
import type { SyncMeta } from '../../../../../shared/sync/syncMeta.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { newRecordId } from '../../../db/newRecordId.ts';
import { useWriter } from '../../../db/useWriter.ts';
import { reportDateLabel } from '../utils/reportDateLabel.ts';

export type NewComment = { body: string; parent: CommentDoc | null };

const EXCERPT = 80;

/**
 * Posts a 批注 on a report, with its @mentions, then tells the rep, the members mentioned and the
 * author replied to (a notification each). The comment is written first: a notice never points at
 * a comment that does not exist.
 */
export const usePostComment = (report: ReportRef, members: readonly MemberDoc[]): ((c: NewComment) => Promise<void>) => {
  const db = useDatabase();
  const writer = useWriter();
  const { t } = useTranslation();
  return useCallback(
    async ({ body, parent }) => {
      const text = body.trim();
      const fields: Omit<CommentDoc, keyof SyncMeta> = {
        id: newRecordId('m', writer.now()), targetType: 'dailyReport', targetId: report.id, authorId: writer.memberId,
        body: text, mentions: parseMentions(text, members), parentId: parent?.id ?? '', readBy: [],
      };
      await insertStamped(db.comments, fields, writer);
      const name = members.find((m) => m.id === writer.memberId)?.name ?? '';
      const date = reportDateLabel(report.date, t);
      const excerpt = text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
      const notices = commentNotifications({
        comment: fields, ownerId: report.memberId, ...(parent ? { parentAuthorId: parent.authorId } : {}),
        text: {
          comment: { title: t('comments.notify.commentTitle', { name, date }), body: excerpt },
          reply: { title: t('comments.notify.replyTitle', { name }), body: excerpt },
          mention: { title: t('comments.notify.mentionTitle', { name, date }), body: excerpt },
        },
      });
      for (const notice of notices) await insertStamped(db.notifications, notice, writer);
    },
    [db, writer, t, report.id, report.memberId, report.date, members],
  );
};
