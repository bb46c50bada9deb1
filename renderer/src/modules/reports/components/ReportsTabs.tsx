import { useTranslation } from 'react-i18next';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useMembers } from '../../../db/useMembers.ts';

/**
 * 我的日报 | 团队日报 for managers and admins, who both file a report and read the team's (as DingTalk's
 * 日志 does); the day carries over between the two. Reps see only their own, so no tabs.
 */
export const ReportsTabs = ({ view, date }: { view: 'mine' | 'team'; date: string }) => {
  const { t } = useTranslation();
  const { memberId } = useProfile();
  const role = useMembers()?.find((m) => m.id === memberId)?.role;
  if (role !== 'manager' && role !== 'admin') return null;
  const tabs = [
    { id: 'mine', href: appLinkHash({ kind: 'report', memberId, date }), label: t('dailyReport.tabs.mine') },
    { id: 'team', href: appLinkHash({ kind: 'teamReports', date }), label: t('dailyReport.tabs.team') },
  ] as const;
  return (
    <nav className="reports-tabs" aria-label={t('dailyReport.tabs.label')}>
      {tabs.map((tab) => (
        <a key={tab.id} href={tab.href} className={tab.id === view ? 'reports-tab active' : 'reports-tab'} aria-current={tab.id === view ? 'page' : undefined}>
          {tab.label}
        </a>
      ))}
    </nav>
  );
};
