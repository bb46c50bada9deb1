import { useTranslation } from 'react-i18next';
import { useCustomerDoc } from '../hooks/useCustomerDoc.ts';

/** A customer's page (#/customers/<id>): everything known about one customer, live. */
export const CustomerDetailPage = ({ customerId }: { customerId: string }) => {
  const { t } = useTranslation();
  const customer = useCustomerDoc(customerId);
  if (customer === undefined) return <section className="customer-page" aria-busy="true" />;
  if (customer === null) {
    return (
      <section className="customer-page">
        <p className="customer-page__missing">{t('customerDetail.missing')}</p>
      </section>
    );
  }
  return (
    <section className="customer-page" aria-labelledby="customer-page-title">
      <header className="customer-page__header">
        <h1 id="customer-page-title">{customer.name}</h1>
        {customer.shortName ? <span className="customer-page__short">{customer.shortName}</span> : null}
      </header>
    </section>
  );
};
