import { useTranslation } from 'react-i18next';
import { parseAppLink } from '../../../../../shared/links/appLink.ts';
import { useLocationHash } from '../../../app/hooks/useLocationHash.ts';
import { useLiveCount } from '../../../db/useLiveCount.ts';
import { useContactCount } from '../hooks/useContactCount.ts';
import { useCustomerLookups } from '../hooks/useCustomerLookups.ts';
import { CustomerRoute } from './CustomerRoute.tsx';
import { CustomerWorkspace } from './CustomerWorkspace.tsx';

/** 客户: #/customers is the list (CustomerWorkspace); #/customers/<id> one customer's page. */
export const CustomersPage = () => {
  const { t } = useTranslation();
  const link = parseAppLink(useLocationHash());
  const customers = useLiveCount('customers') ?? 0;
  const contacts = useContactCount() ?? 0;
  const lookups = useCustomerLookups();
  if (link.kind === 'customer') return <CustomerRoute key={link.id} id={link.id} />;
  return (
    <section className="page page-grid customers-page">
      <header className="page-header">
        <h1>{t('customers.title')}</h1>
        <p className="page-summary" data-testid="page-summary">{t('customers.summary', { customers, contacts })}</p>
      </header>
      {lookups ? <CustomerWorkspace lookups={lookups} /> : null}
    </section>
  );
};
