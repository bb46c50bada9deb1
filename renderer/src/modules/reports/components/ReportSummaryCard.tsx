import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamSettingsDoc } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import type { DailyReportFields } from '../../../../../shared/reports/dailyReportFields.ts';
import { freezeReportMetrics } from '../../../../../shared/reports/freezeReportMetrics.ts';
import type { ReportField, ReportTemplateModel } from '../../../../../shared/reports/normalizeReportTemplate.ts';
import type { DayActivity } from '../hooks/useDayActivity.ts';
import { useReportActions, type ReportActionResult } from '../hooks/useReportActions.ts';
import { ReportSectionsForm } from './ReportSectionsForm.tsx';
import { ReportSectionsView } from './ReportSectionsView.tsx';

type Props = {
  memberId: string;
  date: string;
  report: DailyReportFields | null;
  fields: readonly ReportField[];
  /** The signed-in member's own report, on a day that has begun. */
  writable: boolean;
  settings: TeamSettingsDoc;
  template: ReportTemplateModel;
  activity: DayActivity | undefined;
  readOnlyNote: string | null;
};

/** 今日总结: the form while the rep writes (and while editing after submitting), the text otherwise. */
export const ReportSummaryCard = ({ memberId, date, report, fields, writable, settings, template, activity, readOnlyNote }: Props) => {
  const { t } = useTranslation();
  const { submit, saveEdit } = useReportActions();
  const [editing, setEditing] = useState(false);
  const submitted = report?.status === 'submitted';
  const common = { fields, memberId, date, utcOffsetMinutes: settings.utcOffsetMinutes, initial: report?.sections ?? {} };

  const submitDraft = async (values: Record<string, string>): Promise<ReportActionResult> => {
    // Numbers still loading cannot be frozen; the button waits for them (ready below).
    if (!activity) return { kind: 'refused', issues: [] };
    const team = { reportDeadline: settings.reportDeadline, utcOffsetMinutes: settings.utcOffsetMinutes, template };
    return submit({ memberId, date, team, metrics: freezeReportMetrics(activity.metrics), values });
  };
  const submitEdit = async (values: Record<string, string>): Promise<ReportActionResult> => {
    const result = await saveEdit({ memberId, date, fields, values });
    if (result.kind === 'done') setEditing(false);
    return result;
  };

  let body;
  if (writable && !submitted) body = <ReportSectionsForm mode="draft" templateVersion={template.version} onSubmit={submitDraft} ready={activity !== undefined} {...common} />;
  else if (writable && editing && report) body = <ReportSectionsForm mode="edit" templateVersion={report.templateVersion} onSubmit={submitEdit} onCancel={() => setEditing(false)} {...common} />;
  else body = <ReportSectionsView fields={fields} values={report?.sections ?? {}} />;

  return (
    <section className="card daily-report-card" aria-labelledby="daily-report-summary">
      <div className="daily-report-card-head">
        <h2 id="daily-report-summary">{t('dailyReport.writeTitle')}</h2>
        {writable && submitted && !editing && (
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('dailyReport.edit')}
          </button>
        )}
      </div>
      {readOnlyNote && <p className="daily-report-card-hint">{readOnlyNote}</p>}
      {body}
    </section>
  );
};
