import { useTranslation } from 'react-i18next';
import type { CustomerReportInput } from '../../../../../shared/exporter/customerReport/customerReportTypes.ts';

/** 下一步计划: what the latest follow-up planned (a new follow-up sets the next one). */
export const NextPlanCard = ({ plan }: { plan: CustomerReportInput['nextPlan'] }) => {
  const { t } = useTranslation();
  return (
    <section className="card cd-card cd-next" aria-labelledby="cd-next" data-testid="customer-next-plan">
      <h2 id="cd-next">{t('customerDetail.next.title')}</h2>
      {plan ? (
        <>
          <p className="cd-next-action">{plan.action || t('customerDetail.next.noAction')}</p>
          <p className="cd-muted">{t('customerDetail.next.line', { date: plan.date || t('customerDetail.next.noDate'), owner: plan.owner || t('customerDetail.unknownOwner') })}</p>
        </>
      ) : (
        <p className="cd-empty">{t('customerDetail.next.empty')}</p>
      )}
    </section>
  );
};
