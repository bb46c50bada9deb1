import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamSettingsDoc } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';
import { normalizeReportTemplate } from '../../../../../shared/reports/normalizeReportTemplate.ts';
import { reportSectionsShown } from '../../../../../shared/reports/reportSectionsShown.ts';
import { reportStanding } from '../../../../../shared/reports/reportStanding.ts';
import { resolveReportTemplate } from '../../../../../shared/reports/resolveReportTemplate.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useMembers } from '../../../db/useMembers.ts';
import { useDailyReport } from '../hooks/useDailyReport.ts';
import { useDayActivity } from '../hooks/useDayActivity.ts';
import { reportDayParts } from '../utils/reportDayParts.ts';
import { ReportDayPicker } from './ReportDayPicker.tsx';
import { ReportEditHistory } from './ReportEditHistory.tsx';
import { ReportMetricsPanel } from './ReportMetricsPanel.tsx';
import { ReportStatusLine } from './ReportStatusLine.tsx';
import { ReportSummaryCard } from './ReportSummaryCard.tsx';

type Props = {
  memberId: string;
  date: string;
  today: string;
  now: number;
  settings: TeamSettingsDoc;
  /** Shown last, in the report's own column (the 批注 under a report). */
  children?: ReactNode;
};

/** One rep's 日报 for one day: status, the computed numbers, the typed sections, the edit history. */
export const DailyReportView = ({ memberId, date, today, now, settings, children }: Props) => {
  const { t } = useTranslation();
  const me = useProfile().memberId;
  const members = useMembers();
  const report = useDailyReport(memberId, date);
  const template = useMemo(() => normalizeReportTemplate(settings.reportTemplate), [settings.reportTemplate]);
  const wonStageIds = useMemo(() => settings.options.stages.filter((s) => s.kind === 'won').map((s) => s.id), [settings.options.stages]);
  const activity = useDayActivity({ memberId, day: date, utcOffsetMinutes: settings.utcOffsetMinutes, wonStageIds });
  if (report === undefined) return null;

  const memberName = (id: string) => members?.find((m) => m.id === id)?.name ?? id;
  const name = memberName(memberId);
  const mine = memberId === me;
  const future = date > today;
  const submitted = report?.status === 'submitted';
  // A submitted report reads as its own template version had it; a draft follows the team's current template.
  const layout = resolveReportTemplate(template, submitted ? report.templateVersion : template.version);
  const fields = reportSectionsShown(layout, template, report?.sections ?? {});
  const standing = reportStanding({ report, date, reportDeadline: settings.reportDeadline, utcOffsetMinutes: settings.utcOffsetMinutes, now });
  const { month, day } = reportDayParts(date);
  const go = (next: string) => {
    window.location.hash = appLinkHash({ kind: 'report', memberId, date: next });
  };
  const readOnlyNote = mine ? null : report ? t('dailyReport.readOnly', { name }) : t('dailyReport.nothingYet', { name });

  return (
    <section className="page daily-report">
      <header className="page-header daily-report-header">
        <div>
          <h1>{mine ? t('dailyReport.title') : t('dailyReport.whose', { name })}</h1>
          <ReportStatusLine standing={standing} deadline={settings.reportDeadline} date={date} utcOffsetMinutes={settings.utcOffsetMinutes} />
        </div>
        <ReportDayPicker date={date} today={today} onGo={go} />
      </header>
      {future && <p className="daily-report-banner">{t('dailyReport.futureDay', { date })}</p>}
      {submitted && !layout.exact && <p className="daily-report-banner">{t('dailyReport.approximate', { version: report.templateVersion })}</p>}
      <ReportMetricsPanel
        metricIds={layout.metrics}
        activity={activity}
        frozen={submitted ? report.metrics : null}
        linkTitle={(metric) => t('dailyReport.linkTitle', { name, month, day, metric })}
      />
      <ReportSummaryCard
        memberId={memberId}
        date={date}
        report={report}
        fields={fields}
        writable={mine && !future}
        settings={settings}
        template={template}
        activity={activity}
        readOnlyNote={readOnlyNote}
      />
      {submitted && <ReportEditHistory report={report} fields={fields} memberName={memberName} utcOffsetMinutes={settings.utcOffsetMinutes} />}
      {children}
    </section>
  );
};
