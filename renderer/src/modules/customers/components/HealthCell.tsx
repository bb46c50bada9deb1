import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../../../../shared/customers/customerRow.ts';
import type { HealthScore } from '../../../../../shared/domain/healthScore.ts';
import { contributionLines } from '../utils/healthLines.ts';

/** The stored health score with a bar; the tooltip gives the four contributions as of today. */
export const HealthCell = ({ row, health }: { row: CustomerRow; health: HealthScore }) => {
  const { t } = useTranslation();
  const title = [t('customers.health.title', { score: row.healthScore }), ...contributionLines(t, health.contributions)].join('\n');
  return (
    <span className="health-cell" title={title} data-testid="health-cell">
      <span className="health-score">{row.healthScore}</span>
      <span className="health-bar" aria-hidden="true">
        <span className={`health-fill grade-${row.grade}`} style={{ width: `${row.healthScore}%` }} />
      </span>
    </span>
  );
};
