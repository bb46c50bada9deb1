import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { customerTimeline } from '../../../../../shared/customers/customerTimeline.ts';
import type { CommentDoc } from '../../../../../shared/db/schemas/commentSchema.ts';
import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { CommentComposer } from '../../teamReports/components/CommentComposer.tsx';
import { useMarkThreadRead } from '../../teamReports/hooks/useMarkThreadRead.ts';
import type { CustomerData } from '../hooks/useCustomerReport.ts';
import { usePostCustomerComment } from '../hooks/usePostCustomerComment.ts';
import { NewFollowUpForm } from './NewFollowUpForm.tsx';
import { TimelineComment } from './TimelineComment.tsx';
import { TimelineFollowUp } from './TimelineFollowUp.tsx';

type Props = { customer: CustomerDoc; data: CustomerData | undefined; canEdit: boolean; members: readonly MemberDoc[] };

/**
 * 跟进时间线: every follow-up and every 批注 thread on the customer, newest first and live (a teammate's
 * entry appears as it syncs), with 新增跟进 for whoever may edit the customer and a 批注 box for everyone.
 */
export const CustomerTimeline = ({ customer, data, canEdit, members }: Props) => {
  const { t } = useTranslation();
  const { memberId } = useProfile();
  const [adding, setAdding] = useState(false);
  const [replyTo, setReplyTo] = useState<CommentDoc | null>(null);
  const [openedAt] = useState(() => Date.now());
  const post = usePostCustomerComment(customer, members);
  const directory = useMemo(() => new Map(members.map((m) => [m.id, m])), [members]);
  useMarkThreadRead(customer.id, data?.comments);
  const entries = useMemo(() => (data ? customerTimeline(data.followUps, data.comments) : []), [data]);
  const counts = { followUps: data?.followUps.length ?? 0, comments: data?.comments.length ?? 0 };
  return (
    <section className="card cd-card cd-timeline" aria-labelledby="cd-timeline" data-testid="customer-timeline">
      <header className="cd-card-head">
        <h2 id="cd-timeline">{t('customerDetail.timeline.title')}</h2>
        <span className="cd-muted">{t('customerDetail.timeline.counts', counts)}</span>
        {canEdit && !adding && (
          <button type="button" className="button primary cd-add-followup" onClick={() => setAdding(true)}>{t('customerDetail.followUp.add')}</button>
        )}
      </header>
      {adding && <NewFollowUpForm customer={customer} onDone={() => setAdding(false)} />}
      <CommentComposer targetId={customer.id} post={post} members={members} viewerId={memberId} replyTo={replyTo} directory={directory} onDone={() => setReplyTo(null)} />
      {data === undefined && <p className="cd-muted">{t('customerDetail.loading')}</p>}
      {data && entries.length === 0 && <p className="cd-empty">{t('customerDetail.timeline.empty')}</p>}
      <ol className="cd-entries">
        {entries.map((e) =>
          e.kind === 'followUp' ? (
            <li key={e.followUp.id} className="cd-entry followup"><TimelineFollowUp followUp={e.followUp} customer={customer} attachments={data?.attachments} canEdit={canEdit} /></li>
          ) : (
            <li key={e.root.id} className="cd-entry comment">
              <TimelineComment thread={e} directory={directory} viewerId={memberId} openedAt={openedAt} onReply={setReplyTo} />
            </li>
          ),
        )}
      </ol>
    </section>
  );
};
