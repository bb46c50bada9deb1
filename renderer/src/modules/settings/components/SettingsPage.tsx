import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../app/components/LanguageSwitch.tsx';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { MembersTable } from './MembersTable.tsx';

export const SettingsPage = () => {
  const { t } = useTranslation();
  const settings = useTeamSettings();
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('pages.settings.title')}</h1>
        <LanguageSwitch />
      </header>
      <div className="card">
        <h2>{t('pages.settings.team')}</h2>
        <dl className="facts">
          <dt>{t('pages.settings.teamName')}</dt>
          <dd data-testid="team-name">{settings?.teamName}</dd>
          <dt>{t('pages.settings.company')}</dt>
          <dd>{settings?.company}</dd>
          <dt>{t('pages.settings.deadline')}</dt>
          <dd>{settings?.reportDeadline}</dd>
        </dl>
      </div>
      <MembersTable />
      <p className="page-coming">{t('pages.settings.coming')}</p>
    </section>
  );
};
