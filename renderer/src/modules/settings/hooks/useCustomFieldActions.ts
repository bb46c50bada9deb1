import { useTranslation } from 'react-i18next';
import type { CustomFieldDef, TeamSettingsDoc } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { archiveCustomField, moveCustomField, restoreCustomField } from '../../../../../shared/domain/customFieldEdits.ts';
import type { PanelNote } from '../utils/panelNote.ts';
import { useEditTeamSettings } from './useEditTeamSettings.ts';

/** Reorder, archive and restore: each writes one stamped patch and says what happened. */
export const useCustomFieldActions = (settings: TeamSettingsDoc) => {
  const { t } = useTranslation();
  const edit = useEditTeamSettings();
  const failed = (e: unknown): PanelNote => ({ error: true, text: t('settingsFields.saveFailed', { reason: e instanceof Error ? e.message : String(e) }) });

  const move = (field: CustomFieldDef, step: -1 | 1): Promise<PanelNote | null> =>
    edit((s) => ({ customFields: moveCustomField(s.customFields, field.id, step) })).then(() => null, failed);

  const archive = async (field: CustomFieldDef): Promise<PanelNote> => {
    let disabled = 0;
    try {
      await edit((s) => {
        const next = archiveCustomField(s.customFields, s.validationRules, field.id);
        disabled = next.disabledRules.length;
        return disabled ? { customFields: next.customFields, validationRules: next.validationRules } : { customFields: next.customFields };
      });
    } catch (e) {
      return failed(e);
    }
    return { error: false, text: disabled ? t('settingsFields.archivedRules', { label: field.label, count: disabled }) : t('settingsFields.archived', { label: field.label }) };
  };

  const restore = async (field: CustomFieldDef): Promise<PanelNote> => {
    if (!restoreCustomField(settings.customFields, field.id).ok) return { error: true, text: t('settingsFields.errors.restoreTaken', { label: field.label }) };
    try {
      await edit((s) => {
        const next = restoreCustomField(s.customFields, field.id);
        return next.ok ? { customFields: next.fields } : null;
      });
    } catch (e) {
      return failed(e);
    }
    return { error: false, text: t('settingsFields.restored', { label: field.label }) };
  };

  return { move, archive, restore };
};
