import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomerDoc } from '../hooks/useCustomerDoc.ts';
import { CustomerBody } from './CustomerBody.tsx';
import { CustomerTopBar } from './CustomerTopBar.tsx';
import { ForecastPanel } from './ForecastPanel.tsx';

/**
 * A customer's page (#/customers/<id>): everything known about one customer, live — the header with the
 * grade and its reasons, evidence and maturity, the timeline of follow-ups and 批注, contacts, needs,
 * competitors and the next plan — with 新增跟进, printing and the Excel report. 销售预测 opens the team's
 * forecast across the page.
 */
export const CustomerDetailPage = ({ customerId }: { customerId: string }) => {
  const { t } = useTranslation();
  const customer = useCustomerDoc(customerId);
  // Open for the customer it was opened on: following a link to a customer (this one too) shows that customer.
  const [forecastFor, setForecastFor] = useState<string | null>(null);
  const forecast = forecastFor === customerId;
  const toggle = () => setForecastFor(forecast ? null : customerId);
  const close = () => setForecastFor(null);
  if (customer === undefined) return <section className="page customer-page" aria-busy="true" />;
  if (customer === null) {
    return (
      <section className="page customer-page">
        <CustomerTopBar customer={null} forecastOpen={forecast} onForecast={toggle} />
        {forecast ? <ForecastPanel onOpenCustomer={close} /> : <p className="cd-missing">{t('customerDetail.missing')}</p>}
      </section>
    );
  }
  return (
    <section className="page customer-page" aria-labelledby="customer-page-title" data-testid="customer-page">
      <CustomerTopBar customer={customer} forecastOpen={forecast} onForecast={toggle} />
      {forecast ? <ForecastPanel onOpenCustomer={close} /> : <CustomerBody customer={customer} />}
    </section>
  );
};
