import { useTranslation } from 'react-i18next';

type Props = { value: string; canEdit: boolean; invalid: boolean; onChange: (text: string) => void };

/**
 * 每天截止时间 as typed text, not a time picker: the check then words what is wrong (25:00) instead of the
 * browser silently refusing it, and a Chinese IME's full-width １８：３０ is read too.
 */
export const ReportDeadlineField = ({ value, canEdit, invalid, onChange }: Props) => {
  const { t } = useTranslation();
  return (
    <div className="report-template-deadline">
      <label>
        <span>{t('reportTemplate.deadline')}</span>
        <input value={value} inputMode="numeric" maxLength={8} placeholder={t('reportTemplate.deadlinePlaceholder')} disabled={!canEdit} aria-invalid={invalid || undefined} onChange={(e) => onChange(e.target.value)} />
      </label>
      <small className="muted">{t('reportTemplate.deadlineHint')}</small>
    </div>
  );
};
