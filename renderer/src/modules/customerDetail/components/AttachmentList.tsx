import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../../../../shared/attachments/blobProtocol.ts';
import type { AttachmentDoc } from '../../../../../shared/db/schemas/attachmentSchema.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useOpenAttachment } from '../hooks/useOpenAttachment.ts';
import { usePendingUploads } from '../hooks/usePendingUploads.ts';

type Props = { files: readonly AttachmentDoc[]; onRemove?: (id: string) => void };

/** Files with their size and where they are (on the hub, waiting to upload, only on this desktop); a click opens one. */
export const AttachmentList = ({ files, onRemove }: Props) => {
  const { t } = useTranslation();
  const { hub } = useProfile();
  const pending = usePendingUploads();
  const open = useOpenAttachment();
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const where = (f: AttachmentDoc) => (!hub ? t('customerDetail.attachments.localOnly') : pending.has(f.sha256) ? t('customerDetail.attachments.waiting') : '');
  const show = (f: AttachmentDoc) =>
    void open(f).then(
      (text) => setStatus({ error: false, text }),
      (err: unknown) => setStatus({ error: true, text: t('customerDetail.attachments.openFailed', { name: f.fileName, reason: err instanceof Error ? err.message : String(err) }) }),
    );
  return (
    <div className="cd-files">
      <ul>
        {files.map((f) => (
          <li key={f.id} data-testid="attachment">
            <button type="button" className="cd-file" title={t('customerDetail.attachments.open', { name: f.fileName })} onClick={() => show(f)}>
              {f.fileName}
            </button>
            <span className="cd-muted">{formatBytes(f.size)}</span>
            {where(f) && <span className="cd-file-where">{where(f)}</span>}
            {onRemove && <button type="button" className="link-button" onClick={() => onRemove(f.id)}>{t('customerDetail.attachments.unlink')}</button>}
          </li>
        ))}
      </ul>
      {status && <p className={status.error ? 'field-error' : 'cd-muted'} role={status.error ? 'alert' : 'status'}>{status.text}</p>}
    </div>
  );
};
