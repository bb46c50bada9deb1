import { useTranslation } from 'react-i18next';
import { useFunnelChart } from '../hooks/useFunnelChart.ts';
import { ChartCard } from './ChartCard.tsx';

/** 销售漏斗: the period's customers by how far their latest follow-up got. */
export const FunnelCard = () => {
  const { t } = useTranslation();
  const { data, model } = useFunnelChart();
  return (
    <ChartCard
      chartId="funnel"
      className="dashboard-span-4"
      title={t('dashboard.funnel.title')}
      note={t('dashboard.funnel.note')}
      model={model}
      empty={t('dashboard.funnel.empty')}
      height={300}
      headline={<span className="dashboard-headline" data-testid="funnel-total">{t('dashboard.funnel.total', { count: data.total })}</span>}
    />
  );
};
