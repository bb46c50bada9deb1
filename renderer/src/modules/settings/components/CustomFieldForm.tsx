import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomFieldDef, CustomFieldType } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { customFieldTypes, hasOptions, type CustomFieldDraft } from '../../../../../shared/domain/customFieldDraft.ts';
import type { FieldFormError } from '../hooks/useSaveCustomField.ts';
import { optionLines } from '../utils/optionLines.ts';
import { FormErrors } from './FormErrors.tsx';

type Props = {
  /** The field being edited; absent when adding. */
  field?: CustomFieldDef;
  /** Saves the draft; resolves with the problems to show, or null when saved. */
  onSave: (draft: CustomFieldDraft) => Promise<FieldFormError[] | null>;
  onCancel: () => void;
};

/** Add or edit one custom field: name, type, and for choice types its options, one per line. */
export const CustomFieldForm = ({ field, onSave, onCancel }: Props) => {
  const { t } = useTranslation();
  const [label, setLabel] = useState(field?.label ?? '');
  const [type, setType] = useState<CustomFieldType>(field?.type ?? 'text');
  const [options, setOptions] = useState(field?.options.join('\n') ?? '');
  const [errors, setErrors] = useState<FieldFormError[]>([]);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const problems = await onSave({ label, type, options: optionLines(options) });
    setBusy(false);
    if (problems) setErrors(problems);
  };
  const invalid = (path: FieldFormError['path']) => errors.some((x) => x.path === path) || undefined;
  return (
    <form className="settings-fields-form" onSubmit={(e) => void submit(e)} aria-label={field ? t('settingsFields.editFieldTitle', { label: field.label }) : t('settingsFields.newField')}>
      <h3>{field ? t('settingsFields.editFieldTitle', { label: field.label }) : t('settingsFields.newField')}</h3>
      <div className="settings-fields-form-row">
        <label className="settings-fields-control">
          {t('settingsFields.label')}
          <input value={label} maxLength={40} aria-invalid={invalid('label')} onChange={(e) => setLabel(e.target.value)} autoFocus />
        </label>
        <label className="settings-fields-control">
          {t('settingsFields.type')}
          <select value={type} aria-invalid={invalid('type')} onChange={(e) => setType(e.target.value as CustomFieldType)}>
            {customFieldTypes.map((ft) => (
              <option key={ft} value={ft}>
                {t(`settingsFields.types.${ft}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {hasOptions(type) && (
        <label className="settings-fields-control">
          {t('settingsFields.optionsInput')}
          <textarea rows={5} value={options} aria-invalid={invalid('options')} onChange={(e) => setOptions(e.target.value)} />
          {field && <small className="muted">{t('settingsFields.optionsHint')}</small>}
        </label>
      )}
      <FormErrors errors={[...new Set(errors.map((x) => x.text))]} />
      <div className="settings-fields-buttons">
        <button type="submit" className="button primary" disabled={busy}>
          {t('settingsFields.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('settingsFields.cancel')}
        </button>
      </div>
    </form>
  );
};
