import { useTranslation } from 'react-i18next';
import { REPORT_TEXT_MAX } from '../../../../../shared/reports/checkReportValues.ts';
import type { ReportField } from '../../../../../shared/reports/normalizeReportTemplate.ts';
import { reportSectionLabel, reportSectionPlaceholder } from '../utils/reportSectionLabel.ts';

type Props = { field: ReportField; value: string; invalid: boolean; onChange: (text: string) => void; onBlur: () => void };

/** One typed section: a text area, a number box or a choice, labelled, marked when required or refused. */
export const ReportSectionField = ({ field, value, invalid, onChange, onBlur }: Props) => {
  const { t } = useTranslation();
  const id = `report-section-${field.id}`;
  const common = { id, onBlur, 'aria-invalid': invalid || undefined, 'aria-required': field.required || undefined };
  const control =
    field.kind === 'choice' ? (
      <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('dailyReport.placeholders.choice')}</option>
        {field.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    ) : field.kind === 'number' ? (
      <input {...common} inputMode="decimal" value={value} placeholder={reportSectionPlaceholder(t, field)} onChange={(e) => onChange(e.target.value)} />
    ) : (
      <textarea {...common} value={value} maxLength={REPORT_TEXT_MAX} placeholder={reportSectionPlaceholder(t, field)} onChange={(e) => onChange(e.target.value)} />
    );
  return (
    <div className={`daily-report-field daily-report-field-${field.kind}${invalid ? ' invalid' : ''}`}>
      <label htmlFor={id}>
        {reportSectionLabel(t, field)}
        {field.required && <span className="daily-report-required">{t('dailyReport.required')}</span>}
      </label>
      {control}
    </div>
  );
};
