import { useTranslation } from 'react-i18next';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { useDailyReportDoc } from '../hooks/useDailyReportDoc.ts';
import { clockTime } from '../utils/clockTime.ts';

type Props = { memberId: string; date: string };

/** Today's daily report of the member on show: 已提交 (when, how late) or 未提交 with the deadline, one click away. */
export const ReportCard = ({ memberId, date }: Props) => {
  const { t } = useTranslation();
  const settings = useTeamSettings();
  const report = useDailyReportDoc(memberId, date);
  if (report === undefined || !settings) return null;
  const submitted = report?.status === 'submitted';
  const detail = submitted
    ? [t('today.report.submittedAt', { time: clockTime(report.submittedAt, settings.utcOffsetMinutes) }), report.lateMinutes > 0 ? t('today.report.late', { minutes: report.lateMinutes }) : '']
    : [t('today.report.deadline', { deadline: settings.reportDeadline })];
  return (
    <a className={`card today-report${submitted ? ' submitted' : ''}`} href={appLinkHash({ kind: 'report', memberId, date })} data-testid="today-report">
      <span className="today-report-title">{t('today.report.title')}</span>
      <span className={`today-report-status${submitted ? ' ok' : ''}`} data-testid="today-report-status">
        {submitted ? t('today.report.submitted') : t('today.report.notSubmitted')}
      </span>
      <span className="today-report-detail">{detail.filter(Boolean).join(' · ')}</span>
      <span className="today-report-action">{submitted ? t('today.report.view') : t('today.report.write')} →</span>
    </a>
  );
};
