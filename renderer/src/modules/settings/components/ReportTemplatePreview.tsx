import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseReportDeadline } from '../../../../../shared/reports/parseReportDeadline.ts';
import { draftContent, inDraftForm, type ReportTemplateDraft } from '../../../../../shared/reports/reportTemplateDraft.ts';
import { ReportMetricsPanel } from '../../reports/components/ReportMetricsPanel.tsx';
import { ReportSectionField } from '../../reports/components/ReportSectionField.tsx';
import { ReportStatusLine } from '../../reports/components/ReportStatusLine.tsx';

type Props = { draft: ReportTemplateDraft; savedDeadline: string; utcOffsetMinutes: number };

const notSubmitted = { kind: 'notSubmitted', missing: false, hasDraft: false } as const;

/**
 * The report form as a rep will see it with the draft as it stands, built from the report page's own
 * parts: the status line with the deadline, the numbers (no day behind them, so they read —), the sections
 * to fill in. The admin may type into it to try the fields; nothing is saved.
 */
export const ReportTemplatePreview = ({ draft, savedDeadline, utcOffsetMinutes }: Props) => {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>({});
  const content = draftContent(draft);
  const fields = content.sections.filter((s) => s.enabled && inDraftForm(draft, s));
  const deadline = parseReportDeadline(draft.deadline) ?? savedDeadline;
  return (
    <aside className="report-template-preview" aria-labelledby="report-template-preview-title" data-testid="report-template-preview">
      <div className="report-template-preview-head">
        <h3 id="report-template-preview-title">{t('reportTemplate.preview')}</h3>
        <small className="muted">{t('reportTemplate.previewHint')}</small>
      </div>
      <div className="report-template-preview-body">
        <div className="report-template-preview-title">
          <strong>{t('dailyReport.title')}</strong>
          <ReportStatusLine standing={notSubmitted} deadline={deadline} date="" utcOffsetMinutes={utcOffsetMinutes} />
        </div>
        {content.metrics.length > 0 && <ReportMetricsPanel metricIds={content.metrics} activity={undefined} frozen={null} linkTitle={() => ''} />}
        <section className="card daily-report-card">
          <div className="daily-report-card-head">
            <h2>{t('dailyReport.writeTitle')}</h2>
          </div>
          <div className="daily-report-form">
            {fields.map((f) => (
              <ReportSectionField key={f.id} field={f} value={values[f.id] ?? ''} invalid={false} onChange={(text) => setValues((v) => ({ ...v, [f.id]: text }))} onBlur={() => undefined} />
            ))}
            {fields.length === 0 && <p className="muted">{t('reportTemplate.previewNoSections')}</p>}
            <div className="daily-report-actions">
              <button type="button" className="button primary" disabled>
                {t('dailyReport.submit')}
              </button>
            </div>
          </div>
        </section>
      </div>
    </aside>
  );
};
