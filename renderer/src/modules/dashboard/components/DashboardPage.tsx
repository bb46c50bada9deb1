import { useTranslation } from 'react-i18next';
import { parseAppLink } from '../../../../../shared/links/appLink.ts';
import { PrintButton } from '../../../app/components/PrintButton.tsx';
import { useLocationHash } from '../../../app/hooks/useLocationHash.ts';
import { WeeklyReportPage } from '../../weekly/components/WeeklyReportPage.tsx';
import { useDashboardPage } from '../hooks/useDashboardPage.ts';
import { dayRange } from '../utils/periodLabel.ts';
import { DashboardData } from './DashboardData.tsx';
import { DashboardFilterBar } from './DashboardFilterBar.tsx';
import { DashboardHeader } from './DashboardHeader.tsx';
import { DashboardLoading } from './DashboardLoading.tsx';
import { DashboardTabs } from './DashboardTabs.tsx';

/**
 * 看板 (#/dashboard): the team's numbers at a glance — funnel, conversion per rep vs team, weekly trends,
 * activity by method, evidence completeness, 提交率 and overdue customers — for a period, a member and a
 * 来源渠道. Every bar, point and cell opens the rows behind it. Reps see their own numbers only.
 */
const DashboardBoardPage = () => {
  const { t } = useTranslation();
  const { members, options, filterState, live, snapshot, scope: snapshotScope, paintedKey } = useDashboardPage();
  const { filter, locked } = filterState;
  const scope = [
    t(filter.period.preset === 'custom' ? 'dashboard.filters.custom' : `dashboard.filters.${filter.period.preset}`),
    dayRange(t, filter.period),
    filter.memberId === null ? t('dashboard.filters.allMembers') : (members?.find((m) => m.id === filter.memberId)?.name ?? ''),
    filter.sourceId === null ? t('dashboard.filters.allSources') : (options?.sources.find((s) => s.id === filter.sourceId)?.label ?? filter.sourceId),
  ].join(' · ');
  return (
    <section className="page dashboard-page" data-testid="dashboard-page" data-painted={paintedKey}>
      <DashboardHeader subtitle={locked ? `${scope} · ${t('dashboard.filters.locked')}` : scope}>
        <PrintButton title={`${t('dashboard.title')} ${scope}`} fileName={`${t('dashboard.title')}-${filter.period.from}`} />
      </DashboardHeader>
      <DashboardFilterBar state={filterState} members={members ?? []} sources={options?.sources ?? []} />
      {live || snapshot ? <DashboardData live={live} snapshot={snapshot} scope={snapshotScope} /> : <DashboardLoading />}
    </section>
  );
};

/** #/dashboard/weekly/<monday> is that week's 周报; any other #/dashboard address is the 看板. */
export const DashboardPage = () => {
  const link = parseAppLink(useLocationHash());
  return (
    <>
      <DashboardTabs view={link.kind === 'weekly' ? 'weekly' : 'board'} />
      {link.kind === 'weekly' ? <WeeklyReportPage weekStart={link.weekStart} /> : <DashboardBoardPage />}
    </>
  );
};
