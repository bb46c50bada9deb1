import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAttachFiles } from '../hooks/useAttachFiles.ts';

/** 添加附件 on a follow-up: pick files (a screenshot of the chat, a quote PDF) and they are attached at once. */
export const FollowUpFiles = ({ followUpId }: { followUpId: string }) => {
  const { t } = useTranslation();
  const attach = useAttachFiles();
  const [error, setError] = useState('');
  const add = (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    attach(files, { type: 'followUp', id: followUpId }).then(
      () => setError(''),
      (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
    );
  };
  return (
    <div className="cd-followup-files">
      <label className="link-button cd-attach">
        <input type="file" multiple className="cd-hidden-input" aria-label={t('customerDetail.attachments.addToFollowUp')} onChange={(e) => (add(e.target.files), (e.target.value = ''))} />
        {t('customerDetail.attachments.addToFollowUp')}
      </label>
      {error && <p className="field-error" role="alert">{error}</p>}
    </div>
  );
};
