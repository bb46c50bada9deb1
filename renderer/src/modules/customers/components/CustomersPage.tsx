import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '../../../app/components/PlaceholderPage.tsx';
import { useLiveCount } from '../../../db/useLiveCount.ts';
import { useContactCount } from '../hooks/useContactCount.ts';

export const CustomersPage = () => {
  const { t } = useTranslation();
  const customers = useLiveCount('customers') ?? 0;
  const contacts = useContactCount() ?? 0;
  return (
    <PlaceholderPage
      title={t('pages.customers.title')}
      summary={t('pages.customers.summary', { customers, contacts })}
      coming={t('pages.customers.coming')}
    />
  );
};
