import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../../../../shared/customers/customerRow.ts';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';

/** A merged duplicate's page, opened through an old link: where its follow-ups went, one click away. */
export const MergedNotice = ({ customer, target }: { customer: CustomerRow; target: CustomerRow | undefined }) => {
  const { t } = useTranslation();
  const name = target?.name ?? customer.mergedInto ?? '';
  return (
    <section className="page merged-notice" data-testid="merged-notice">
      <h1>{t('customers.merged.title')}</h1>
      <p>{t('customers.merged.text', { name: customer.name, target: name })}</p>
      <p className="merged-actions">
        <a className="button primary" href={appLinkHash({ kind: 'customer', id: customer.mergedInto ?? '' })}>{t('customers.merged.open', { target: name })}</a>
        <a className="button" href={appLinkHash({ kind: 'page', page: 'customers' })}>{t('customers.merged.back')}</a>
      </p>
    </section>
  );
};
