import { useTranslation } from 'react-i18next';
import { saveWeeklyTemplate, type WeeklyTemplateSave } from '../../../../../shared/weekly/saveWeeklyTemplate.ts';
import type { WeeklyTemplateDraft } from '../../../../../shared/weekly/weeklyTemplateDraft.ts';
import { useEditTeamSettings } from '../../settings/hooks/useEditTeamSettings.ts';
import type { PanelNote } from '../../settings/utils/panelNote.ts';
import { weeklyTemplateIssueText } from '../utils/weeklyTemplateIssueText.ts';

export type WeeklyTemplateSaveOutcome = { saved: boolean; note: PanelNote };

/** 保存: the template in one stamped write, decided on the settings as stored at that moment (saveWeeklyTemplate). */
export const useSaveWeeklyTemplate = (names: ReadonlyMap<string, string>) => {
  const { t } = useTranslation();
  const edit = useEditTeamSettings();
  return async (draft: WeeklyTemplateDraft): Promise<WeeklyTemplateSaveOutcome> => {
    const outcome: { result?: WeeklyTemplateSave } = {};
    try {
      await edit((stored) => {
        const result = saveWeeklyTemplate(stored, draft);
        outcome.result = result;
        return result.kind === 'saved' ? result.patch : null;
      });
    } catch (e) {
      return { saved: false, note: { error: true, text: t('weeklyTemplate.saveFailed', { reason: e instanceof Error ? e.message : String(e) }) } };
    }
    switch (outcome.result?.kind) {
      case 'saved':
        return { saved: true, note: { error: false, text: t('weeklyTemplate.saved') } };
      case 'unchanged':
        return { saved: true, note: { error: false, text: t('weeklyTemplate.unchanged') } };
      case 'stale':
        return { saved: false, note: { error: true, text: t('weeklyTemplate.stale') } };
      case 'invalid':
        return { saved: false, note: { error: true, text: outcome.result.issues.map((i) => weeklyTemplateIssueText(t, i, draft, names)).join(' ') } };
      default:
        return { saved: false, note: { error: true, text: t('weeklyTemplate.notReady') } };
    }
  };
};
