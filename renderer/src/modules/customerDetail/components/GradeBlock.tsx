import { useTranslation } from 'react-i18next';
import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import type { CustomerReportInput } from '../../../../../shared/exporter/customerReport/customerReportTypes.ts';
import { HealthBreakdown } from './HealthBreakdown.tsx';

/**
 * The grade as people see it (a manager's override wins, with its reason) beside the health score as
 * of today and what each indicator contributes (DOMAIN.md: A ≥ 70, B ≥ 40).
 */
export const GradeBlock = ({ customer, report }: { customer: CustomerDoc; report: CustomerReportInput }) => {
  const { t } = useTranslation();
  const { grade, healthScore, contributions } = report.customer;
  const override = customer.gradeOverride;
  return (
    <div className="cd-grade" data-testid="customer-grade">
      <div className="cd-grade-top">
        <span className={`cd-grade-letter grade-${grade}`} aria-label={t('customerDetail.health.gradeLabel', { grade })}>
          {grade}
        </span>
        <div>
          <div className="cd-score" data-testid="health-score">
            {t('customerDetail.health.score', { score: healthScore })}
          </div>
          <div className="cd-grade-rule">{t('customerDetail.health.rule')}</div>
        </div>
      </div>
      {override && <p className="cd-override">{t('customerDetail.health.override', { grade: override.grade, reason: override.reason })}</p>}
      <HealthBreakdown contributions={contributions} />
    </div>
  );
};
