import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../../../../shared/customers/customerRow.ts';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import type { HealthScore } from '../../../../../shared/domain/healthScore.ts';
import { contributionLines } from '../utils/healthLines.ts';

type Props = {
  row: CustomerRow;
  health: HealthScore;
  memberName: (id: string) => string;
  utcOffsetMinutes: number;
  /** Opens the override dialog (managers and admins); absent for reps. */
  onOverride?: (row: CustomerRow) => void;
};

/** The grade people see, marked 人工调整 when a manager set it; the tooltip explains it with the four contributions. */
export const GradeCell = ({ row, health, memberName, utcOffsetMinutes, onOverride }: Props) => {
  const { t } = useTranslation();
  const o = row.gradeOverride;
  const lines = [
    ...(o ? [t('customers.grade.overrideLine', { grade: o.grade, reason: o.reason, by: memberName(o.by), when: toCalendarDate(o.at, utcOffsetMinutes) })] : []),
    t('customers.grade.computed', { grade: row.grade, score: row.healthScore }),
    ...contributionLines(t, health.contributions),
  ];
  const body = (
    <>
      <span className={`grade-badge grade-${row.effectiveGrade}`}>{row.effectiveGrade}</span>
      {o ? <span className="grade-manual">{t('customers.grade.overridden')}</span> : null}
    </>
  );
  return onOverride ? (
    <button type="button" className="grade-cell" title={lines.join('\n')} aria-label={t('customers.grade.open', { name: row.name })} data-testid="grade-cell" onClick={() => onOverride(row)}>
      {body}
    </button>
  ) : (
    <span className="grade-cell" title={lines.join('\n')} data-testid="grade-cell">
      {body}
    </span>
  );
};
