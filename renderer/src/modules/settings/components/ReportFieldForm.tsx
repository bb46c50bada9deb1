import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportSectionKind } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { reportTemplateLimits } from '../../../../../shared/reports/checkReportTemplateDraft.ts';
import type { NewReportField } from '../../../../../shared/reports/reportTemplateEdits.ts';
import { optionLines } from '../utils/optionLines.ts';
import { FormErrors } from './FormErrors.tsx';

const kinds: readonly ReportSectionKind[] = ['text', 'number', 'choice'];

type Props = {
  /** Adds the field to the draft; returns the problems to show, or null when added. */
  onAdd: (field: NewReportField) => string[] | null;
  onCancel: () => void;
};

/** 添加自定义栏目: a name, a kind (text, number, single choice with its options), and whether it is required. */
export const ReportFieldForm = ({ onAdd, onCancel }: Props) => {
  const { t } = useTranslation();
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<ReportSectionKind>('text');
  const [options, setOptions] = useState('');
  const [required, setRequired] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setErrors(onAdd({ label, kind, options: optionLines(options), required }) ?? []);
  };
  return (
    <form className="settings-fields-form report-template-field-form" onSubmit={submit} aria-label={t('reportTemplate.newField')}>
      <h3>{t('reportTemplate.newField')}</h3>
      <div className="settings-fields-form-row">
        <label className="settings-fields-control">
          {t('reportTemplate.fieldLabel')}
          <input value={label} maxLength={reportTemplateLimits.label * 2} aria-invalid={errors.length > 0 || undefined} onChange={(e) => setLabel(e.target.value)} autoFocus />
        </label>
        <label className="settings-fields-control">
          {t('reportTemplate.fieldKind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as ReportSectionKind)}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`reportTemplate.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="report-template-required report-template-required-new">
          <input type="checkbox" checked={required} onChange={(e) => setRequired(e.target.checked)} />
          {t('reportTemplate.required')}
        </label>
      </div>
      {kind === 'choice' && (
        <label className="settings-fields-control">
          {t('reportTemplate.fieldOptions')}
          <textarea rows={4} value={options} onChange={(e) => setOptions(e.target.value)} />
        </label>
      )}
      <FormErrors errors={errors} />
      <div className="settings-fields-buttons">
        <button type="submit" className="button primary">
          {t('reportTemplate.add')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('reportTemplate.cancel')}
        </button>
      </div>
    </form>
  );
};
