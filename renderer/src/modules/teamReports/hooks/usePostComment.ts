import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentDoc } from '../../../../../shared/db/schemas/commentSchema.ts';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useWriter } from '../../../db/useWriter.ts';
import { postComment } from '../utils/postComment.ts';
import { reportDateLabel } from '../utils/reportDateLabel.ts';
import type { ReportRef } from '../utils/reportRef.ts';

export type NewComment = { body: string; parent: CommentDoc | null };

/** Posts a 批注 on a report (postComment): the rep, the members mentioned and the author replied to are told. */
export const usePostComment = (report: ReportRef, members: readonly MemberDoc[]): ((c: NewComment) => Promise<void>) => {
  const db = useDatabase();
  const writer = useWriter();
  const { t } = useTranslation();
  return useCallback(
    ({ body, parent }) => {
      const date = reportDateLabel(report.date, t);
      return postComment(db, writer, {
        target: { type: 'dailyReport', id: report.id, ownerId: report.memberId }, body, parent, members,
        titles: (name) => ({
          comment: t('comments.notify.commentTitle', { name, date }),
          reply: t('comments.notify.replyTitle', { name }),
          mention: t('comments.notify.mentionTitle', { name, date }),
        }),
      });
    },
    [db, writer, t, report.id, report.memberId, report.date, members],
  );
};
