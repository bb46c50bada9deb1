import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseAppLink } from '../../../../../shared/links/appLink.ts';
import { useLocationHash } from '../../../app/hooks/useLocationHash.ts';
import { WeeklyReportPage } from '../../weekly/components/WeeklyReportPage.tsx';
import { startOfCalendarDate, toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { PlaceholderPage } from '../../../app/components/PlaceholderPage.tsx';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { useFollowUpsSince } from '../hooks/useFollowUpsSince.ts';

const DashboardBoardPage = () => {
  const { t } = useTranslation();
  const offset = useTeamSettings()?.utcOffsetMinutes ?? 480;
  // The month is the team's calendar month, fixed when the page opens.
  const [now] = useState(() => Date.now());
  const monthStart = startOfCalendarDate(`${toCalendarDate(now, offset).slice(0, 7)}-01`, offset);
  const followUps = useFollowUpsSince(monthStart) ?? 0;
  return <PlaceholderPage title={t('pages.dashboard.title')} summary={t('pages.dashboard.summary', { followUps })} coming={t('pages.dashboard.coming')} />;
};

/** #/dashboard/weekly/<monday> is that week's 周报; any other #/dashboard address is the 看板. */
export const DashboardPage = () => {
  const link = parseAppLink(useLocationHash());
  return link.kind === 'weekly' ? <WeeklyReportPage weekStart={link.weekStart} /> : <DashboardBoardPage />;
};
