import { useTranslation } from 'react-i18next';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';
import { weekStartAt } from '../../../../../shared/weekly/weekStartOf.ts';
import { useNow } from '../../../app/hooks/useNow.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useMembers } from '../../../db/useMembers.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';

/** 看板 | 周报 for managers and admins (the 周报 is theirs, as 团队日报 is); reps see only the 看板, so no tabs. */
export const DashboardTabs = ({ view }: { view: 'board' | 'weekly' }) => {
  const { t } = useTranslation();
  const { memberId } = useProfile();
  const role = useMembers()?.find((m) => m.id === memberId)?.role;
  const settings = useTeamSettings();
  const now = useNow(60_000);
  if (role !== 'manager' && role !== 'admin') return null;
  const tabs = [
    { id: 'board', href: appLinkHash({ kind: 'page', page: 'dashboard' }), label: t('dashboard.tabs.board') },
    { id: 'weekly', href: appLinkHash({ kind: 'weekly', weekStart: weekStartAt(now, settings?.utcOffsetMinutes ?? 480) }), label: t('dashboard.tabs.weekly') },
  ] as const;
  return (
    <nav className="reports-tabs" aria-label={t('dashboard.tabs.label')}>
      {tabs.map((tab) => (
        <a key={tab.id} href={tab.href} className={tab.id === view ? 'reports-tab active' : 'reports-tab'} aria-current={tab.id === view ? 'page' : undefined}>
          {tab.label}
        </a>
      ))}
    </nav>
  );
};
