import { useTranslation } from 'react-i18next';
import { metricFollowUpIds } from '../../../../../shared/reports/metricFollowUpIds.ts';
import { reportMetricDef, type ReportMetricDef, type ReportMetricId } from '../../../../../shared/reports/reportMetricCatalog.ts';
import type { DayActivity } from '../hooks/useDayActivity.ts';
import { MetricTile } from './MetricTile.tsx';

type Props = {
  metricIds: readonly ReportMetricId[];
  activity: DayActivity | undefined;
  /** The numbers frozen at submission; null for a report not submitted (live numbers). */
  frozen: Readonly<Record<string, number>> | null;
  /** The grid chip's title for a metric's rows. */
  linkTitle: (metricLabel: string) => string;
};

/** 当天数字: the pipeline numbers as tiles, the counts by method as a row below, each opening its rows. */
export const ReportMetricsPanel = ({ metricIds, activity, frozen, linkTitle }: Props) => {
  const { t } = useTranslation();
  const defs = metricIds.map(reportMetricDef).filter((d): d is ReportMetricDef => d !== undefined);
  const tile = (def: ReportMetricDef, compact: boolean) => {
    const live = activity ? def.value(activity.metrics) : undefined;
    const value = frozen ? frozen[def.id] : live;
    const drift = frozen && live !== undefined && value !== undefined && live !== value ? live : undefined;
    const ids = activity ? metricFollowUpIds(def, activity.metrics, activity.dayFollowUps) : [];
    const title = linkTitle(t(`dailyReport.metrics.${def.id}`));
    return <MetricTile key={def.id} def={def} value={value} drift={drift} ids={ids} title={title} compact={compact} />;
  };
  const stages = defs.filter((d) => d.group === 'stage');
  const methods = defs.filter((d) => d.group === 'method');
  return (
    <section className="card daily-report-card" aria-labelledby="daily-report-numbers">
      <div className="daily-report-card-head">
        <h2 id="daily-report-numbers">{t('dailyReport.numbersTitle')}</h2>
        <span className="daily-report-card-hint">{frozen ? t('dailyReport.numbersFrozen') : t('dailyReport.numbersLive')}</span>
      </div>
      {stages.length > 0 && <div className="daily-report-metrics" data-testid="report-metrics">{stages.map((d) => tile(d, false))}</div>}
      {methods.length > 0 && (
        <div className="daily-report-methods">
          <span className="daily-report-methods-label">{t('dailyReport.methodGroup')}</span>
          {methods.map((d) => tile(d, true))}
        </div>
      )}
    </section>
  );
};
