import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useMembers } from '../../../db/useMembers.ts';
import { RemoveMemberDialog } from './RemoveMemberDialog.tsx';

/** The team's active members; an admin removes one (移除成员, after a confirm): a removed member leaves this list. */
export const MembersTable = () => {
  const { t } = useTranslation();
  const members = useMembers() ?? [];
  const profile = useProfile();
  const isAdmin = members.find((m) => m.id === profile.memberId)?.role === 'admin';
  const [removing, setRemoving] = useState<MemberDoc | null>(null);
  return (
    <div className="card">
      <h2>{t('pages.settings.members', { count: members.length })}</h2>
      <table className="table">
        <thead>
          <tr>
            <th>{t('pages.settings.name')}</th>
            <th>{t('pages.settings.role')}</th>
            <th>{t('pages.settings.department')}</th>
            {isAdmin && <th>{t('visibility.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <td>
                {m.name}
                {m.id === profile.memberId && t('visibility.you')}
              </td>
              <td>{t(`roles.${m.role}`)}</td>
              <td>{m.department}</td>
              {isAdmin && (
                <td>
                  {m.id !== profile.memberId && (
                    <button type="button" className="button small" onClick={() => setRemoving(m)}>
                      {t('visibility.remove')}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {removing && <RemoveMemberDialog member={removing} onClose={() => setRemoving(null)} />}
    </div>
  );
};
