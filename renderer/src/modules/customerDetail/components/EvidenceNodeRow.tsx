import { useTranslation } from 'react-i18next';
import type { AttachmentDoc } from '../../../../../shared/db/schemas/attachmentSchema.ts';
import type { EvidenceRecord } from '../../../../../shared/db/schemas/customerSchema.ts';
import { evidenceWeights, type EvidenceNode } from '../../../../../shared/domain/evidence.ts';
import { AttachmentList } from './AttachmentList.tsx';

type Props = { node: EvidenceNode; record: EvidenceRecord | undefined; attachments: ReadonlyMap<string, AttachmentDoc> | undefined; canEdit: boolean; onEdit: () => void };

/** One evidence node: its name and weight, reached on which day with what note and files, or not yet. */
export const EvidenceNodeRow = ({ node, record, attachments, canEdit, onEdit }: Props) => {
  const { t } = useTranslation();
  const files = (record?.attachmentIds ?? []).flatMap((id) => attachments?.get(id) ?? []);
  const label = t(`customerDetail.evidence.nodes.${node}`);
  return (
    <div className={record ? 'cd-node reached' : 'cd-node'} data-testid={`evidence-${node}`}>
      <span className="cd-node-mark" aria-hidden="true">{record ? '✓' : ''}</span>
      <div className="cd-node-body">
        <div className="cd-node-head">
          <strong>{label}</strong>
          <span className="cd-node-weight">{evidenceWeights[node].toFixed(1)}</span>
          <span className="cd-muted">{record ? t('customerDetail.evidence.reachedOn', { date: record.reachedAt }) : t('customerDetail.evidence.notReached')}</span>
          {canEdit && (
            <button type="button" className="link-button" aria-label={t(record ? 'customerDetail.evidence.editNode' : 'customerDetail.evidence.recordNode', { node: label })} onClick={onEdit}>
              {record ? t('customerDetail.edit') : t('customerDetail.evidence.record')}
            </button>
          )}
        </div>
        {record?.note && <p className="cd-node-note">{record.note}</p>}
        {files.length > 0 && <AttachmentList files={files} />}
      </div>
    </div>
  );
};
