import type { AppLink } from '../../../../../shared/links/appLink.ts';
import { parseAppLink } from '../../../../../shared/links/appLink.ts';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { useNow } from '../../../app/hooks/useNow.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { useLocationHashOf } from '../hooks/useLocationHashOf.ts';
import { DailyReportView } from './DailyReportView.tsx';

type ReportRoute = { memberId: string; date: string };

/**
 * Which report the location names: #/reports is my report today, #/reports/<memberId>/<date> that report.
 * The team view (#/reports/team/<date>) is not wired in yet: it shows my own report of that day.
 */
const reportsRoute = (link: AppLink, me: string, today: string): ReportRoute => {
  if (link.kind === 'report') return { memberId: link.memberId, date: link.date };
  if (link.kind === 'teamReports') return { memberId: me, date: link.date };
  return { memberId: me, date: today };
};

export const ReportsPage = () => {
  const { memberId } = useProfile();
  const settings = useTeamSettings();
  const hash = useLocationHashOf();
  // "Today" rolls over at the team's midnight while the page stays open.
  const now = useNow(30_000);
  if (!settings) return null;
  const today = toCalendarDate(now, settings.utcOffsetMinutes);
  const route = reportsRoute(parseAppLink(hash), memberId, today);
  return <DailyReportView key={`${route.memberId}_${route.date}`} memberId={route.memberId} date={route.date} today={today} now={now} settings={settings} />;
};
