import { useTranslation } from 'react-i18next';
import type { DailyReportFields } from '../../../../../shared/reports/dailyReportFields.ts';
import type { ReportField } from '../../../../../shared/reports/normalizeReportTemplate.ts';
import { RecordHistoryButton } from '../../history/components/RecordHistoryButton.tsx';
import { formatReportTime } from '../utils/formatReportTime.ts';
import { reportSectionLabel } from '../utils/reportSectionLabel.ts';

type Props = {
  report: DailyReportFields;
  fields: readonly ReportField[];
  memberName: (id: string) => string;
  utcOffsetMinutes: number;
};

/** 修改记录: when it was submitted, then each later change — when, by whom, which sections. */
export const ReportEditHistory = ({ report, fields, memberName, utcOffsetMinutes }: Props) => {
  const { t } = useTranslation();
  const when = (at: number) => formatReportTime(at, report.date, utcOffsetMinutes);
  const label = (id: string) => {
    const field = fields.find((f) => f.id === id);
    return field ? reportSectionLabel(t, field) : id;
  };
  return (
    <section className="card daily-report-card" aria-labelledby="daily-report-history">
      <div className="daily-report-history-head">
        <h2 id="daily-report-history">{t('dailyReport.history.title')}</h2>
        {/* Every field's change from the hub, with restore (the list below is the report's own edit log). */}
        <RecordHistoryButton collection="dailyreports" id={report.id} current={report} title={t('recycleBin.reportTitle', { who: memberName(report.memberId), date: report.date })} />
      </div>
      <ol className="daily-report-history" data-testid="report-history">
        <li>{t('dailyReport.history.submitted', { when: when(report.submittedAt) })}</li>
        {report.edits.map((e, i) => (
          <li key={`${e.at}-${i}`}>
            {t('dailyReport.history.entry', { when: when(e.at), who: memberName(e.by), fields: e.fields.map(label).join(t('dailyReport.listSeparator')) })}
          </li>
        ))}
      </ol>
      {report.edits.length === 0 && <p className="daily-report-card-hint">{t('dailyReport.history.none')}</p>}
    </section>
  );
};
