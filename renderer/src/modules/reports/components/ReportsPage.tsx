import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '../../../app/components/PlaceholderPage.tsx';
import { useLiveCount } from '../../../db/useLiveCount.ts';

export const ReportsPage = () => {
  const { t } = useTranslation();
  const reports = useLiveCount('dailyreports') ?? 0;
  return <PlaceholderPage title={t('pages.reports.title')} summary={t('pages.reports.summary', { reports })} coming={t('pages.reports.coming')} />;
};
