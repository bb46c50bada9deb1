import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '../../../app/components/PlaceholderPage.tsx';
import { useLiveCount } from '../../../db/useLiveCount.ts';

export const ImportExportPage = () => {
  const { t } = useTranslation();
  const batches = useLiveCount('importbatches') ?? 0;
  return (
    <PlaceholderPage title={t('pages.importExport.title')} summary={t('pages.importExport.summary', { batches })} coming={t('pages.importExport.coming')} />
  );
};
