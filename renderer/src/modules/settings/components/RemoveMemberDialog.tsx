import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import { useRemoveMember } from '../hooks/useRemoveMember.ts';

type Props = { member: MemberDoc; onClose: () => void };

/** Asks before 移除成员, says what happens to their desktops, and shows the hub's refusal if any. */
export const RemoveMemberDialog = ({ member, onClose }: Props) => {
  const { t } = useTranslation();
  const remove = useRemoveMember();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    const reason = await remove(member.id);
    setBusy(false);
    if (reason) setError(reason);
    else onClose();
  };
  return (
    <div className="dialog-backdrop">
      <div className="dialog remove-member-dialog" role="alertdialog" aria-modal="true" aria-label={t('visibility.confirmTitle')}>
        <h2>{t('visibility.confirmTitle')}</h2>
        <p>{t('visibility.confirmText', { name: member.name })}</p>
        {error && (
          <p className="field-error" role="alert">
            {t('visibility.removeFailed', { reason: error })}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" className="button danger" disabled={busy} onClick={() => void confirm()}>
            {t('visibility.confirm')}
          </button>
          <button type="button" className="button" autoFocus onClick={onClose}>
            {t('visibility.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
};
