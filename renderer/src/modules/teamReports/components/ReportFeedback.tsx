import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentDoc } from '../../../../../shared/db/schemas/commentSchema.ts';
import type { ReportRef } from '../utils/reportRef.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useMembers } from '../../../db/useMembers.ts';
import { useCommentsOn } from '../hooks/useCommentsOn.ts';
import { useMarkThreadRead } from '../hooks/useMarkThreadRead.ts';
import { useMemberDirectory } from '../hooks/useMemberDirectory.ts';
import { usePostComment } from '../hooks/usePostComment.ts';
import { useReadReceipt } from '../hooks/useReadReceipt.ts';
import { CommentComposer } from './CommentComposer.tsx';
import { CommentThreadList } from './CommentThreadList.tsx';
import { ReadReceiptLine } from './ReadReceiptLine.tsx';

/**
 * Under a report: the manager's read receipt, the 批注 thread with replies and @mentions, and a box to
 * write one. Opening it reads it: a manager's first view leaves a receipt, and comments that were news
 * to the viewer are marked read (they keep their 新 mark until the page is left).
 */
export const ReportFeedback = ({ report }: { report: ReportRef }) => {
  const { t } = useTranslation();
  const { memberId } = useProfile();
  const members = useMembers();
  const directory = useMemberDirectory();
  const comments = useCommentsOn([report.id]);
  const [openedAt] = useState(() => Date.now());
  const [replyTo, setReplyTo] = useState<CommentDoc | null>(null);
  const post = usePostComment(report, members ?? []);
  useReadReceipt(report, directory?.get(memberId)?.role);
  useMarkThreadRead(report.id, comments);
  return (
    <section className="card feedback" aria-labelledby={`feedback-${report.id}`} data-testid="report-feedback">
      <header className="feedback-head">
        <h2 id={`feedback-${report.id}`}>
          {t('comments.title')}
          <span className="feedback-count">{t('comments.count', { count: comments?.length ?? 0 })}</span>
        </h2>
        {directory && <ReadReceiptLine report={report} directory={directory} viewerId={memberId} />}
      </header>
      {comments && comments.length === 0 && <p className="feedback-empty">{t('comments.empty')}</p>}
      {comments && directory && (
        <CommentThreadList comments={comments} directory={directory} viewerId={memberId} openedAt={openedAt} onReply={setReplyTo} />
      )}
      {members && <CommentComposer targetId={report.id} post={post} members={members} viewerId={memberId} replyTo={replyTo} directory={directory} onDone={() => setReplyTo(null)} />}
    </section>
  );
};
