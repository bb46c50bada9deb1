import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '../../../../../shared/domain/roles.ts';
import { requestJoinCode } from '../../../../../shared/sync/requestJoinCode.ts';

type Props = { hubUrl: string; token: string };

/** Admin: create a one-time join code for a colleague. */
export const InvitePanel = ({ hubUrl, token }: Props) => {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>('rep');
  const [result, setResult] = useState<{ ok: true; code: string } | { ok: false; message: string } | null>(null);
  return (
    <div className="card">
      <h2>{t('pages.settings.invite')}</h2>
      <p className="form-intro">{t('pages.settings.inviteHint')}</p>
      <div className="inline-form">
        <label>
          {t('pages.settings.inviteRole')}{' '}
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {[...roles].reverse().map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button primary" onClick={() => void requestJoinCode(hubUrl, token, role).then(setResult)}>
          {t('pages.settings.inviteCreate')}
        </button>
      </div>
      {result?.ok && (
        <p className="invite-code" data-testid="invite-code">
          <strong>{t('pages.settings.inviteCode', { code: result.code })}</strong>
          <br />
          {t('pages.settings.inviteAddress', { url: hubUrl })}
          <br />
          <span className="muted">{t('transport.inviteHint')}</span>
        </p>
      )}
      {result && !result.ok && (
        <p className="field-error" role="alert">
          {result.message}
        </p>
      )}
    </div>
  );
};
