import { useTranslation } from 'react-i18next';
import { saveReportTemplate, type ReportTemplateSave } from '../../../../../shared/reports/saveReportTemplate.ts';
import type { ReportTemplateDraft } from '../../../../../shared/reports/reportTemplateDraft.ts';
import type { PanelNote } from '../utils/panelNote.ts';
import { reportTemplateIssueText } from '../utils/reportTemplateIssueText.ts';
import { useEditTeamSettings } from './useEditTeamSettings.ts';

export type ReportTemplateSaveOutcome = { saved: boolean; note: PanelNote };

/**
 * 保存: the new template version and the deadline in one stamped write, decided on the settings as stored
 * at that moment (saveReportTemplate: checked, refused if another admin published meanwhile).
 */
export const useSaveReportTemplate = () => {
  const { t } = useTranslation();
  const edit = useEditTeamSettings();
  return async (draft: ReportTemplateDraft): Promise<ReportTemplateSaveOutcome> => {
    const outcome: { result?: ReportTemplateSave } = {};
    try {
      await edit((stored) => {
        const result = saveReportTemplate(stored, draft);
        outcome.result = result;
        return result.kind === 'saved' ? result.patch : null;
      });
    } catch (e) {
      return { saved: false, note: { error: true, text: t('reportTemplate.saveFailed', { reason: e instanceof Error ? e.message : String(e) }) } };
    }
    const result = outcome.result;
    switch (result?.kind) {
      case 'saved': {
        const deadline = result.patch.reportDeadline ?? draft.deadline;
        const text = result.patch.reportTemplate ? t('reportTemplate.saved', { version: result.version, deadline }) : t('reportTemplate.savedDeadline', { deadline });
        return { saved: true, note: { error: false, text } };
      }
      case 'unchanged':
        return { saved: true, note: { error: false, text: t('reportTemplate.unchanged') } };
      case 'stale':
        return { saved: false, note: { error: true, text: t('reportTemplate.stale', { version: result.version }) } };
      // The panel shows the draft's problems before saving; this is the same check, made on the stored settings.
      case 'invalid':
        return { saved: false, note: { error: true, text: result.issues.map((i) => reportTemplateIssueText(t, i, draft)).join(' ') } };
      default:
        // No settings document to write to (the team is still being set up).
        return { saved: false, note: { error: true, text: t('reportTemplate.notReady') } };
    }
  };
};
