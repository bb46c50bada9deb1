import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../../../../shared/customers/customerRow.ts';
import type { Grade, GradeOverride } from '../../../../../shared/db/schemas/customerSchema.ts';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { FormField } from './FormField.tsx';

type Props = {
  row: CustomerRow;
  memberName: (id: string) => string;
  utcOffsetMinutes: number;
  /** Writes the override (undefined: back to the computed grade); resolves true when written. */
  onSave: (override: GradeOverride | undefined) => Promise<boolean>;
  onClose: () => void;
};

const GRADES: readonly Grade[] = ['A', 'B', 'C'];
const REASON_MAX = 200;

/** A manager sets the grade by hand with a reason (shown as 人工调整 with who and when), or returns to the computed one. */
export const GradeOverrideDialog = ({ row, memberName, utcOffsetMinutes, onSave, onClose }: Props) => {
  const { t } = useTranslation();
  const { memberId } = useProfile();
  const current = row.gradeOverride;
  const [grade, setGrade] = useState<Grade>(current?.grade ?? row.grade);
  const [reason, setReason] = useState(current?.reason ?? '');
  const [error, setError] = useState('');
  const save = () => {
    const text = reason.trim();
    if (text === '' || text.length > REASON_MAX) return setError(t('customers.override.reasonRequired'));
    void onSave({ grade, reason: text, by: memberId, at: Date.now() }).then((ok) => ok && onClose());
  };
  return (
    <div className="dialog-backdrop" role="presentation" onClick={onClose}>
      <form className="dialog cust-dialog override-dialog" role="dialog" aria-modal="true" aria-label={t('customers.override.title', { name: row.name })} onClick={(e) => e.stopPropagation()} onSubmit={(e) => (e.preventDefault(), save())}>
        <h2>{t('customers.override.title', { name: row.name })}</h2>
        <p className="form-intro">
          {t('customers.override.computed', { grade: row.grade, score: row.healthScore })}
          {current ? <><br />{t('customers.override.current', { grade: current.grade, by: memberName(current.by), when: toCalendarDate(current.at, utcOffsetMinutes) })}</> : null}
        </p>
        <fieldset className="override-grades">
          <legend>{t('customers.override.grade')}</legend>
          {GRADES.map((g) => (
            <label key={g} className={`override-grade grade-${g}${grade === g ? ' chosen' : ''}`}>
              <input type="radio" name="override-grade" value={g} checked={grade === g} onChange={() => setGrade(g)} />
              {g}
            </label>
          ))}
        </fieldset>
        <FormField label={t('customers.override.reason')} error={error || undefined} wide>
          <input autoFocus value={reason} maxLength={REASON_MAX} placeholder={t('customers.override.reasonPlaceholder')} onChange={(e) => (setReason(e.target.value), setError(''))} />
        </FormField>
        <div className="form-actions">
          {current ? <button type="button" className="button override-clear" onClick={() => void onSave(undefined).then((ok) => ok && onClose())}>{t('customers.override.clear')}</button> : null}
          <button type="button" className="button" onClick={onClose}>{t('customers.override.cancel')}</button>
          <button type="submit" className="button primary">{t('customers.override.save')}</button>
        </div>
      </form>
    </div>
  );
};
