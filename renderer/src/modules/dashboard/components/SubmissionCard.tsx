import { useTranslation } from 'react-i18next';
import { useSubmissionChart } from '../hooks/useSubmissionChart.ts';
import { ChartCard } from './ChartCard.tsx';

/** 日报提交率 week by week. */
export const SubmissionCard = () => {
  const { t } = useTranslation();
  const { model } = useSubmissionChart();
  return (
    <ChartCard chartId="submission" className="dashboard-span-4" title={t('dashboard.submission.title')} note={t('dashboard.submission.note')} model={model} empty={t('dashboard.submission.empty')} height={240} />
  );
};
