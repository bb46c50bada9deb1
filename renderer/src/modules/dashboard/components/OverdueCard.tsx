import { useTranslation } from 'react-i18next';
import { useOverdueChart } from '../hooks/useOverdueChart.ts';
import { drillLink } from '../utils/drillScope.ts';
import { useDashboardView } from '../hooks/useDashboardView.ts';
import { ChartCard } from './ChartCard.tsx';

/** 逾期客户: the ten most overdue, with a link to all of them. */
export const OverdueCard = () => {
  const { t } = useTranslation();
  const { ctx } = useDashboardView();
  const { data, model } = useOverdueChart();
  const all = drillLink(data.ids, [ctx.scope.member, ctx.scope.source, t('dashboard.overdue.drillAll')].filter(Boolean).join(' '));
  const headline = all ? (
    <a className="dashboard-headline link" href={all} data-testid="overdue-total">
      {t('dashboard.overdue.total', { count: data.total })}
    </a>
  ) : null;
  return (
    <ChartCard
      chartId="overdue"
      className="dashboard-span-5"
      title={t('dashboard.overdue.title')}
      note={t('dashboard.overdue.note')}
      model={model}
      empty={t('dashboard.overdue.empty')}
      height={Math.max(160, 28 * data.top.length + 12)}
      headline={headline}
    />
  );
};
