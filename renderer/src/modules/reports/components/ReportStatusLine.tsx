import { useTranslation } from 'react-i18next';
import type { ReportStanding } from '../../../../../shared/reports/reportStanding.ts';
import { formatReportTime } from '../utils/formatReportTime.ts';

type Props = { standing: ReportStanding; deadline: string; date: string; utcOffsetMinutes: number };

/** 未提交 · 截止 20:00 / 已按时提交 19:42 / 迟交 35 分钟 · 20:35 提交, then 提交后修改过 N 次. */
export const ReportStatusLine = ({ standing, deadline, date, utcOffsetMinutes }: Props) => {
  const { t } = useTranslation();
  const time = (at: number) => formatReportTime(at, date, utcOffsetMinutes);
  const parts: { key: string; text: string; className: string }[] = [];
  if (standing.kind === 'notSubmitted') {
    parts.push({ key: 'badge', text: t('dailyReport.status.notSubmitted'), className: standing.missing ? 'daily-report-badge missing' : 'daily-report-badge pending' });
    parts.push({ key: 'due', text: standing.missing ? t('dailyReport.status.missing') : t('dailyReport.status.dueBy', { deadline }), className: 'daily-report-status-detail' });
  } else if (standing.kind === 'onTime') {
    parts.push({ key: 'badge', text: t('dailyReport.status.onTime', { time: time(standing.submittedAt) }), className: 'daily-report-badge on-time' });
  } else {
    parts.push({ key: 'badge', text: t('dailyReport.status.late', { minutes: standing.lateMinutes }), className: 'daily-report-badge late' });
    parts.push({ key: 'at', text: t('dailyReport.status.lateAt', { time: time(standing.submittedAt) }), className: 'daily-report-status-detail' });
  }
  if (standing.kind !== 'notSubmitted' && standing.edits > 0) {
    parts.push({ key: 'edits', text: t('dailyReport.status.edited', { count: standing.edits }), className: 'daily-report-status-detail' });
  }
  return (
    <p className="daily-report-status" data-testid="report-status">
      {parts.map((p) => (
        <span key={p.key} className={p.className}>
          {p.text}
        </span>
      ))}
    </p>
  );
};
