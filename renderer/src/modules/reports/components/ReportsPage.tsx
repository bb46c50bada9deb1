import type { AppLink } from '../../../../../shared/links/appLink.ts';
import { parseAppLink } from '../../../../../shared/links/appLink.ts';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { useNow } from '../../../app/hooks/useNow.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { ReportFeedbackFor } from '../../teamReports/components/ReportFeedbackFor.tsx';
import { TeamReportsView } from '../../teamReports/components/TeamReportsView.tsx';
import { useLocationHashOf } from '../hooks/useLocationHashOf.ts';
import { DailyReportView } from './DailyReportView.tsx';
import { ReportsTabs } from './ReportsTabs.tsx';

type ReportRoute = { memberId: string; date: string };

/**
 * Which report the location names: #/reports is my report today, #/reports/<memberId>/<date> that report.
 * The team view (#/reports/team/<date>) is TeamReportsView; a report shows its 批注 (ReportFeedback) beneath it.
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
  const link = parseAppLink(hash);
  if (link.kind === 'teamReports') {
    return (
      <>
        <ReportsTabs view="team" date={link.date} />
        <TeamReportsView date={link.date} />
      </>
    );
  }
  const route = reportsRoute(link, memberId, today);
  return (
    <>
      {route.memberId === memberId ? <ReportsTabs view="mine" date={route.date} /> : null}
      <DailyReportView key={`${route.memberId}_${route.date}`} memberId={route.memberId} date={route.date} today={today} now={now} settings={settings} />
      <ReportFeedbackFor key={`feedback_${route.memberId}_${route.date}`} memberId={route.memberId} date={route.date} />
    </>
  );
};
