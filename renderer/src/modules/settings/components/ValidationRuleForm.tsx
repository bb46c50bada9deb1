import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamSettingsDoc, ValidationRule } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { ruleValueChoices } from '../../../../../shared/domain/ruleValueChoices.ts';
import { validationRuleLimits, type ValidationRuleDraft } from '../../../../../shared/domain/validationRuleDraft.ts';
import { gridColumns } from '../../../../../shared/grid/followUpColumns.ts';
import { columnName } from '../utils/columnName.ts';
import { CheckList } from './CheckList.tsx';
import { FormErrors } from './FormErrors.tsx';

type Props = {
  settings: TeamSettingsDoc;
  /** The rule being edited; absent when adding. */
  rule?: ValidationRule;
  /** Saves the draft; resolves with the problems to show, or null when saved. */
  onSave: (draft: ValidationRuleDraft) => Promise<string[] | null>;
  onCancel: () => void;
};

/** Add or edit a rule: the trigger column and values, the columns it requires, the message rows show. */
export const ValidationRuleForm = ({ settings, rule, onSave, onCancel }: Props) => {
  const { t } = useTranslation();
  const [field, setField] = useState(rule?.field ?? '');
  const [values, setValues] = useState<string[]>(rule?.values ?? []);
  const [requires, setRequires] = useState<string[]>(rule?.requires ?? []);
  const [message, setMessage] = useState(rule?.message ?? '');
  const [errors, setErrors] = useState<string[]>([]);
  const columns = gridColumns(settings.customFields);
  const name = (id: string) => columnName(t, id, settings.customFields);
  const trigger = columns.find((c) => c.id === field);
  const choices = trigger ? ruleValueChoices(trigger, settings.options) : null;
  // Live choices, plus any picked value no longer offered, so it can be unticked.
  const valueItems = [...(choices ?? []).filter((c) => !c.archived || values.includes(c.id)), ...values.filter((v) => !choices?.some((c) => c.id === v)).map((v) => ({ id: v, label: v }))];
  const requireItems = [...columns.filter((c) => c.id !== field).map((c) => ({ id: c.id, label: name(c.id) })), ...requires.filter((id) => !columns.some((c) => c.id === id)).map((id) => ({ id, label: name(id) }))];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = await onSave({ field, values, requires, message });
    if (problems) setErrors(problems);
  };
  const title = rule ? t('settingsFields.editRule') : t('settingsFields.newRule');
  return (
    <form className="settings-fields-form" onSubmit={(e) => void submit(e)} aria-label={title}>
      <h3>{title}</h3>
      <label className="settings-fields-control">
        {t('settingsFields.ruleField')}
        <select value={field} onChange={(e) => (setField(e.target.value), setValues([]), setRequires(requires.filter((r) => r !== e.target.value)))}>
          <option value="">{t('settingsFields.ruleFieldPick')}</option>
          {[...columns.map((c) => c.id), ...(field && !trigger ? [field] : [])].map((id) => (
            <option key={id} value={id}>
              {name(id)}
            </option>
          ))}
        </select>
      </label>
      {field && (choices || values.length > 0 ? <CheckList legend={t('settingsFields.ruleValues')} hint={t('settingsFields.ruleValuesHint')} items={valueItems} picked={values} onChange={setValues} /> : <p className="muted">{t('settingsFields.ruleValuesNone')}</p>)}
      <CheckList legend={t('settingsFields.ruleRequiresPick')} items={requireItems} picked={requires} onChange={setRequires} />
      <label className="settings-fields-control">
        {t('settingsFields.ruleMessage')}
        <input className="settings-fields-wide" value={message} maxLength={validationRuleLimits.message * 2} onChange={(e) => setMessage(e.target.value)} />
        <small className="muted">{t('settingsFields.ruleMessageHint')}</small>
      </label>
      <FormErrors errors={errors} />
      <div className="settings-fields-buttons">
        <button type="submit" className="button primary">
          {t('settingsFields.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('settingsFields.cancel')}
        </button>
      </div>
    </form>
  );
};
