import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentDoc } from '../../../../../shared/db/schemas/attachmentSchema.ts';
import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { evidenceNodes, type EvidenceNode } from '../../../../../shared/domain/evidence.ts';
import { COMMIT_MATURITY, maturityOf } from '../../../../../shared/domain/maturity.ts';
import { useNow } from '../../../app/hooks/useNow.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { EvidenceForm } from './EvidenceForm.tsx';
import { EvidenceNodeRow } from './EvidenceNodeRow.tsx';
import { MaturityBar } from './MaturityBar.tsx';

type Props = { customer: CustomerDoc; attachments: ReadonlyMap<string, AttachmentDoc> | undefined; canEdit: boolean };

/** 关键证据: the five evidence nodes (DOMAIN.md), each with its date, note and files, and the maturity they add up to. */
export const EvidenceCard = ({ customer, attachments, canEdit }: Props) => {
  const { t } = useTranslation();
  const offset = useTeamSettings()?.utcOffsetMinutes ?? 480;
  const today = toCalendarDate(useNow(), offset);
  const [editing, setEditing] = useState<EvidenceNode | null>(null);
  const maturity = maturityOf(customer.evidence, today);
  return (
    <section className="card cd-card cd-evidence" aria-labelledby="cd-evidence" data-testid="customer-evidence">
      <header className="cd-card-head">
        <h2 id="cd-evidence">{t('customerDetail.evidence.title')}</h2>
        <span className="cd-muted">{maturity >= COMMIT_MATURITY ? t('customerDetail.evidence.commit') : t('customerDetail.evidence.notCommit')}</span>
      </header>
      <MaturityBar maturity={maturity} reached={customer.evidence.map((e) => e.node)} />
      <ol className="cd-evidence-nodes">
        {evidenceNodes.map((node) => {
          const record = customer.evidence.find((e) => e.node === node);
          return (
            <li key={node}>
              {editing === node ? (
                <EvidenceForm customer={customer} node={node} record={record} attachments={attachments} today={today} onDone={() => setEditing(null)} />
              ) : (
                <EvidenceNodeRow node={node} record={record} attachments={attachments} canEdit={canEdit && editing === null} onEdit={() => setEditing(node)} />
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
};
