import { useTranslation } from 'react-i18next';
import type { AttachmentDoc } from '../../../../../shared/db/schemas/attachmentSchema.ts';
import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../../../../../shared/db/schemas/followUpSchema.ts';
import { formatInstant } from '../../../../../shared/grid/cellText.ts';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';
import { useMembers } from '../../../db/useMembers.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { formatMoney } from '../utils/formatMoney.ts';
import { AttachmentList } from './AttachmentList.tsx';
import { FollowUpFiles } from './FollowUpFiles.tsx';

type Props = { followUp: FollowUpDoc; customer: CustomerDoc; attachments: ReadonlyMap<string, AttachmentDoc> | undefined; canEdit: boolean };

/** One follow-up in the timeline: when, how, with whom, by whom, the stage it left, what was said, the amount, the next step and its files. */
export const TimelineFollowUp = ({ followUp: f, customer, attachments, canEdit }: Props) => {
  const { t } = useTranslation();
  const settings = useTeamSettings();
  const members = useMembers();
  const label = (list: 'methods' | 'stages' | 'statuses', id: string) => settings?.options[list].find((o) => o.id === id)?.label ?? id;
  const contact = customer.contacts.find((c) => c.id === f.contactId)?.name;
  const owner = members?.find((m) => m.id === f.ownerId)?.name ?? '';
  const files = [...(attachments?.values() ?? [])].filter((a) => a.ownerType === 'followUp' && a.ownerId === f.id);
  return (
    <article className="cd-followup" data-testid="timeline-followup">
      <span className="cd-dot" aria-hidden="true" />
      <header className="cd-followup-head">
        <time dateTime={new Date(f.followedAt).toISOString()}>{formatInstant(f.followedAt, settings?.utcOffsetMinutes ?? 480)}</time>
        <span className="cd-chip">{label('methods', f.method)}</span>
        {contact && <span>{t('customerDetail.timeline.with', { name: contact })}</span>}
        <span className="cd-muted">{owner}</span>
        <span className="cd-chip stage">{label('stages', f.stage)}</span>
        <span className="cd-muted">{label('statuses', f.status)}</span>
        <a className="cd-grid-link" href={appLinkHash({ kind: 'followUpRow', id: f.id })}>{t('customerDetail.timeline.inGrid')}</a>
      </header>
      <p className="cd-summary">{f.summary || t('customerDetail.timeline.noSummary')}</p>
      <div className="cd-followup-foot">
        {f.amount !== undefined && <span className="cd-amount">{t('customerDetail.timeline.amount', { amount: formatMoney(f.amount) })}</span>}
        {(f.nextDate || f.nextAction) && <span className="cd-next-line">{t('customerDetail.timeline.next', { date: f.nextDate || t('customerDetail.next.noDate'), action: f.nextAction })}</span>}
      </div>
      {files.length > 0 && <AttachmentList files={files} />}
      {canEdit && <FollowUpFiles followUpId={f.id} />}
    </article>
  );
};
