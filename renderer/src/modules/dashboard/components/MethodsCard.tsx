import { useTranslation } from 'react-i18next';
import { useMethodsChart } from '../hooks/useMethodsChart.ts';
import { ChartCard } from './ChartCard.tsx';

/** 跟进方式: how the period's follow-ups were made. */
export const MethodsCard = () => {
  const { t } = useTranslation();
  const { model } = useMethodsChart();
  return (
    <ChartCard chartId="methods" className="dashboard-span-4" title={t('dashboard.methods.title')} note={t('dashboard.methods.note')} model={model} empty={t('dashboard.methods.empty')} height={300} />
  );
};
