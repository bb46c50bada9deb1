import { useTranslation } from 'react-i18next';
import { changeRatio } from '../../../../../shared/dashboard/changeRatio.ts';
import type { PeriodMeasures } from '../../../../../shared/dashboard/periodMeasures.ts';
import { useDashboardView } from '../hooks/useDashboardView.ts';
import { useKpis } from '../hooks/useKpis.ts';
import { drillLink, drillTitle } from '../utils/drillScope.ts';
import { formatYuan } from '../utils/formatAmount.ts';
import { formatChange } from '../utils/formatChange.ts';
import { trendMeasures, type TrendMeasure } from '../utils/trendsModel.ts';

const value = (m: PeriodMeasures, k: TrendMeasure): number => (k === 'amount' ? m.amount : m[k].count);
const ids = (m: PeriodMeasures, k: TrendMeasure): string[] => (k === 'amount' ? m.won.ids : m[k].ids);

/** The period's five numbers (the daily report's), each with 环比 and a link to its rows. */
export const KpiStrip = () => {
  const { t } = useTranslation();
  const { ctx } = useDashboardView();
  const { current, previous } = useKpis();
  return (
    <div className="dashboard-kpis" data-testid="dashboard-kpis">
      {trendMeasures.map((k) => {
        const ratio = changeRatio(value(current, k), value(previous, k));
        const shown = k === 'amount' ? formatYuan(t, current.amount) : String(value(current, k));
        const href = drillLink(ids(current, k), drillTitle(ctx.scope, t(`dashboard.kpi.${k}`)));
        const tone = ratio === null || Math.round(ratio * 100) === 0 ? 'flat' : ratio > 0 ? 'up' : 'down';
        return (
          <a key={k} className={`dashboard-kpi${href ? '' : ' disabled'}`} href={href ?? undefined} data-testid={`kpi-${k}`} title={t('dashboard.kpi.previous', { value: k === 'amount' ? formatYuan(t, previous.amount) : value(previous, k) })}>
            <span className="dashboard-kpi-label">{t(`dashboard.kpi.${k}`)}</span>
            <strong className="dashboard-kpi-value" data-testid={`kpi-${k}-value`}>{shown}</strong>
            <span className={`dashboard-kpi-change ${tone}`}>{t('dashboard.kpi.change', { change: formatChange(t, ratio) })}</span>
          </a>
        );
      })}
    </div>
  );
};
