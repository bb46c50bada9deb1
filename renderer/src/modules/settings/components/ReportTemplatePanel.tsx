import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamSettingsDoc } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { checkReportTemplateDraft } from '../../../../../shared/reports/checkReportTemplateDraft.ts';
import { moveMetric, setDeadline, setMetricShown } from '../../../../../shared/reports/reportTemplateEdits.ts';
import { useReportTemplateDraft } from '../hooks/useReportTemplateDraft.ts';
import { useSaveReportTemplate } from '../hooks/useSaveReportTemplate.ts';
import { useSubmittedReportCount } from '../hooks/useSubmittedReportCount.ts';
import type { PanelNote } from '../utils/panelNote.ts';
import { reportTemplateIssueText } from '../utils/reportTemplateIssueText.ts';
import { ReportDeadlineField } from './ReportDeadlineField.tsx';
import { ReportMetricPicker } from './ReportMetricPicker.tsx';
import { ReportSectionList } from './ReportSectionList.tsx';
import { ReportTemplateFooter } from './ReportTemplateFooter.tsx';
import { ReportTemplatePreview } from './ReportTemplatePreview.tsx';

/**
 * 日报模板: which computed numbers and typed sections the daily report shows, the team's own fields, and the
 * deadline, edited as a draft beside a live preview and published by 保存 as a new version (past reports
 * keep theirs). Admins edit; everyone else sees it read-only.
 */
export const ReportTemplatePanel = ({ settings, canEdit }: { settings: TeamSettingsDoc; canEdit: boolean }) => {
  const { t } = useTranslation();
  const { model, draft, dirty, apply, discard } = useReportTemplateDraft(settings);
  const save = useSaveReportTemplate();
  const oldReports = useSubmittedReportCount();
  const [checking, setChecking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<PanelNote | null>(null);
  // Once a save was refused, the problems follow the edits live, so each fix clears its message.
  const checked = checking ? checkReportTemplateDraft(draft) : null;
  const issues = checked && !checked.ok ? checked.issues : [];
  const invalid = new Set(issues.flatMap((i) => ('sectionId' in i ? [i.sectionId] : [])));
  const edit: typeof apply = (change) => (apply(change), setNote(null));

  const onSave = async () => {
    setNote(null);
    if (!checkReportTemplateDraft(draft).ok) return setChecking(true);
    setBusy(true);
    const outcome = await save(draft);
    setBusy(false);
    setNote(outcome.note);
    if (!outcome.saved) return;
    discard();
    setChecking(false);
  };
  const onDiscard = () => (discard(), setChecking(false), setNote(null));

  return (
    <section className="card settings-fields-panel report-template-panel" aria-labelledby="report-template-title" data-testid="report-template-panel">
      <header className="settings-fields-header">
        <h2 id="report-template-title">{t('reportTemplate.title')}</h2>
        <span className="report-template-version" data-testid="report-template-version">
          {t('reportTemplate.version', { version: model.version })}
        </span>
      </header>
      <p className="form-intro">{t('reportTemplate.hint')}</p>
      {!canEdit && <p className="muted report-template-readonly">{t('reportTemplate.readOnly')}</p>}
      <div className="report-template-layout">
        <div className="report-template-editor">
          <h3>{t('reportTemplate.metricsTitle')}</h3>
          <p className="report-template-hint">{t('reportTemplate.metricsHint')}</p>
          <ReportMetricPicker metrics={draft.metrics} canEdit={canEdit} onShow={(id, on) => edit((d) => setMetricShown(d, id, on))} onMove={(id, step) => edit((d) => moveMetric(d, id, step))} />
          <h3>{t('reportTemplate.sectionsTitle')}</h3>
          <p className="report-template-hint">{t('reportTemplate.sectionsHint')}</p>
          <ReportSectionList draft={draft} model={model} canEdit={canEdit} invalid={invalid} apply={edit} />
          <h3>{t('reportTemplate.deadlineTitle')}</h3>
          <ReportDeadlineField value={draft.deadline} canEdit={canEdit} invalid={issues.some((i) => i.code === 'deadlineFormat')} onChange={(text) => edit((d) => setDeadline(d, text))} />
          {canEdit && (
            <ReportTemplateFooter
              errors={[...new Set(issues.map((i) => reportTemplateIssueText(t, i, draft)))]}
              oldReports={oldReports}
              dirty={dirty}
              busy={busy}
              note={note}
              onSave={() => void onSave()}
              onDiscard={onDiscard}
            />
          )}
        </div>
        <ReportTemplatePreview draft={draft} savedDeadline={settings.reportDeadline} utcOffsetMinutes={settings.utcOffsetMinutes} />
      </div>
    </section>
  );
};
