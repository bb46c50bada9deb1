import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamSettingsDoc, ValidationRule } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import type { ValidationRuleDraft } from '../../../../../shared/domain/validationRuleDraft.ts';
import { useValidationRuleActions } from '../hooks/useValidationRuleActions.ts';
import type { PanelNote } from '../utils/panelNote.ts';
import { PanelNoteLine } from './PanelNoteLine.tsx';
import { ValidationRuleForm } from './ValidationRuleForm.tsx';
import { ValidationRuleItem } from './ValidationRuleItem.tsx';

type Editing = { rule?: ValidationRule } | null;

/** 校验规则: when a column holds given values, other columns must be filled; admins add, edit, switch and delete rules. */
export const ValidationRulesPanel = ({ settings, canEdit }: { settings: TeamSettingsDoc; canEdit: boolean }) => {
  const { t } = useTranslation();
  const actions = useValidationRuleActions(settings);
  const [editing, setEditing] = useState<Editing>(null);
  const [note, setNote] = useState<PanelNote | null>(null);
  const save = async (draft: ValidationRuleDraft) => {
    const result = await actions.save(draft, editing?.rule);
    if (!result.ok) return result.errors;
    setNote(result.note);
    if (!result.note.error) setEditing(null);
    return null;
  };
  const run = (action: Promise<PanelNote>) => void action.then(setNote);
  const form = (rule?: ValidationRule) => (
    <ValidationRuleForm key={rule?.id ?? 'new'} settings={settings} {...(rule ? { rule } : {})} onSave={save} onCancel={() => setEditing(null)} />
  );
  return (
    <section className="card settings-fields-panel" aria-labelledby="settings-rules-title" data-testid="validation-rules-panel">
      <header className="settings-fields-header">
        <h2 id="settings-rules-title">{t('settingsFields.rulesTitle')}</h2>
        {canEdit && !editing && (
          <button type="button" className="button primary" onClick={() => (setEditing({}), setNote(null))}>
            {t('settingsFields.addRule')}
          </button>
        )}
      </header>
      <p className="form-intro">{t('settingsFields.rulesHint')}</p>
      {!canEdit && <p className="muted">{t('settingsFields.readOnly')}</p>}
      {editing && !editing.rule && form()}
      {settings.validationRules.length === 0 && <p className="muted">{t('settingsFields.noRules')}</p>}
      <ul className="settings-fields-rules">
        {settings.validationRules.map((rule) =>
          editing?.rule?.id === rule.id ? (
            <li key={rule.id}>{form(rule)}</li>
          ) : (
            <ValidationRuleItem
              key={rule.id}
              rule={rule}
              settings={settings}
              broken={actions.isBroken(rule)}
              canEdit={canEdit}
              onToggle={() => run(actions.toggle(rule))}
              onEdit={() => (setEditing({ rule }), setNote(null))}
              onDelete={() => run(actions.remove(rule))}
            />
          ),
        )}
      </ul>
      <PanelNoteLine note={note} />
    </section>
  );
};
