import { useTranslation } from 'react-i18next';
import type { CustomFieldDef, TeamSettingsDoc } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { checkCustomFieldDraft, type CustomFieldDraft, type CustomFieldIssue } from '../../../../../shared/domain/customFieldDraft.ts';
import { addCustomField, updateCustomField } from '../../../../../shared/domain/customFieldEdits.ts';
import { builtInColumns } from '../../../../../shared/grid/followUpColumns.ts';
import { newRecordId } from '../../../db/newRecordId.ts';
import { fieldIssueText } from '../utils/fieldIssueText.ts';
import type { PanelNote } from '../utils/panelNote.ts';
import { useEditTeamSettings } from './useEditTeamSettings.ts';
import { useFieldHasData } from './useFieldHasData.ts';

type Target = CustomFieldDef['target'];
export type FieldFormError = { path: CustomFieldIssue['path']; text: string };
export type FieldSaveResult = { ok: true; note: PanelNote } | { ok: false; errors: FieldFormError[] };

/** Adds or edits a custom field: checked with the shared rules (and the type lock), then one stamped patch. */
export const useSaveCustomField = (settings: TeamSettingsDoc) => {
  const { t } = useTranslation();
  const edit = useEditTeamSettings();
  const hasData = useFieldHasData();
  return async (input: CustomFieldDraft, target: Target, editing?: CustomFieldDef): Promise<FieldSaveResult> => {
    // The data check reads the replica, so it runs only when the type actually changes.
    const locked = editing !== undefined && editing.type !== input.type && (await hasData(editing));
    const reserved = target === 'followUp' ? builtInColumns.flatMap((c) => [c.label, c.labelKey ? t(c.labelKey as never) : c.label]) : [];
    const result = checkCustomFieldDraft(input, { fields: settings.customFields, target, reserved, hasData: locked, ...(editing ? { editing } : {}) });
    if (!result.ok) return { ok: false, errors: result.issues.map((i) => ({ path: i.path, text: fieldIssueText(t, i, input.label.trim()) })) };
    const draft = result.value;
    try {
      const id = newRecordId('f', Date.now());
      await edit((s) => ({ customFields: editing ? updateCustomField(s.customFields, editing.id, draft) : addCustomField(s.customFields, target, draft, id) }));
      return { ok: true, note: { error: false, text: t(editing ? 'settingsFields.updated' : 'settingsFields.added', { label: draft.label }) } };
    } catch (e) {
      return { ok: true, note: { error: true, text: t('settingsFields.saveFailed', { reason: e instanceof Error ? e.message : String(e) }) } };
    }
  };
};
