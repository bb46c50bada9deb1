import { useTranslation } from 'react-i18next';
import { useMembers } from '../../../db/useMembers.ts';

export const MembersTable = () => {
  const { t } = useTranslation();
  const members = useMembers() ?? [];
  return (
    <div className="card">
      <h2>{t('pages.settings.members', { count: members.length })}</h2>
      <table className="table">
        <thead>
          <tr>
            <th>{t('pages.settings.name')}</th>
            <th>{t('pages.settings.role')}</th>
            <th>{t('pages.settings.department')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <td>{m.name}</td>
              <td>{t(`roles.${m.role}`)}</td>
              <td>{m.department}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
