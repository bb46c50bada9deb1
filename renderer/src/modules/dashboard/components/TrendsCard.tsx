import { useTranslation } from 'react-i18next';
import { useTrendsChart } from '../hooks/useTrendsChart.ts';
import { ChartCard } from './ChartCard.tsx';

/** 周趋势: the daily report's five numbers over eight weeks. */
export const TrendsCard = () => {
  const { t } = useTranslation();
  const { model } = useTrendsChart();
  return (
    <ChartCard chartId="trends" className="dashboard-span-8" title={t('dashboard.trends.title')} note={t('dashboard.trends.note')} model={model} empty={t('dashboard.trends.empty')} height={300} />
  );
};
