import { useTranslation } from 'react-i18next';
import { canWrite } from '../../../../../shared/sync/canWrite.ts';
import { LanguageSwitch } from '../../../app/components/LanguageSwitch.tsx';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useMembers } from '../../../db/useMembers.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { useAppInfo } from '../../../platform/useAppInfo.ts';
import { ReminderSettingsPanel } from '../../reminders/components/ReminderSettingsPanel.tsx';
import { WeeklyTemplatePanel } from '../../weekly/components/WeeklyTemplatePanel.tsx';
import { CustomFieldsPanel } from './CustomFieldsPanel.tsx';
import { HostTeamPanel } from './HostTeamPanel.tsx';
import { InvitePanel } from './InvitePanel.tsx';
import { DataSafetyPanel } from '../../dataSafety/components/DataSafetyPanel.tsx';
import { MembersTable } from './MembersTable.tsx';
import { ReportTemplatePanel } from './ReportTemplatePanel.tsx';
import { TeamNameEditor } from './TeamNameEditor.tsx';
import { TransportSecurityCard } from './TransportSecurityCard.tsx';
import { ValidationRulesPanel } from './ValidationRulesPanel.tsx';
import { VisibilityRulePanel } from './VisibilityRulePanel.tsx';
import { useLocationHash } from '../../../app/hooks/useLocationHash.ts';
import { TrustLinks } from '../../recycleBin/components/TrustLinks.tsx';
import { TrustRoute } from '../../recycleBin/components/TrustRoute.tsx';
import { trustSubPage } from '../../recycleBin/utils/trustSubPage.ts';

export const SettingsPage = () => {
  const { t } = useTranslation();
  const settings = useTeamSettings();
  const profile = useProfile();
  const me = useMembers()?.find((m) => m.id === profile.memberId);
  const isAdmin = me?.role === 'admin';
  // The hub's own write rule decides who may edit team settings (admins); others see the panels read-only.
  const canEditSettings = me ? canWrite('teamsettings', { memberId: me.id, role: me.role }, undefined, {}) : false;
  const desktop = useAppInfo()?.mode === 'desktop';
  // 回收站 and 审计 open under 团队设置 (#/settings/recycle-bin, #/settings/audit).
  const trust = trustSubPage(useLocationHash());
  if (trust) return <TrustRoute page={trust} isAdmin={isAdmin} />;
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
        {isAdmin && settings && <TeamNameEditor key={settings.teamName} settings={settings} />}
        <p className="muted">{profile.hub ? t('pages.settings.hub', { url: profile.hub.url }) : t('pages.settings.noHub')}</p>
      </div>
      {isAdmin && desktop && me && (!profile.hub || profile.hub.url.startsWith('http://127.0.0.1')) && <HostTeamPanel adminName={me.name} />}
      {isAdmin && profile.hub && <InvitePanel hubUrl={profile.hub.url} token={profile.hub.token} />}
      {isAdmin && <DataSafetyPanel />}
      <TransportSecurityCard />
      <ReminderSettingsPanel />
      <MembersTable />
      {settings && <VisibilityRulePanel settings={settings} canEdit={canEditSettings} />}
      <TrustLinks isAdmin={isAdmin} />
      {settings && <CustomFieldsPanel settings={settings} canEdit={canEditSettings} />}
      {settings && <ValidationRulesPanel settings={settings} canEdit={canEditSettings} />}
      {settings && <ReportTemplatePanel settings={settings} canEdit={canEditSettings} />}
      {settings && <WeeklyTemplatePanel settings={settings} canEdit={canEditSettings} />}
      <p className="page-coming">{t('pages.settings.coming')}</p>
    </section>
  );
};
