import { useTranslation } from 'react-i18next';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';
import type { ReportMetricDef } from '../../../../../shared/reports/reportMetricCatalog.ts';
import { formatMetricValue } from '../utils/formatMetricValue.ts';

type Props = {
  def: ReportMetricDef;
  /** The number shown: frozen at submission, or live; undefined while loading or never recorded. */
  value: number | undefined;
  /** The live number when it differs from the frozen one. */
  drift: number | undefined;
  /** The follow-up rows behind the number. */
  ids: readonly string[];
  /** The grid's chip title for those rows, 「张伟 12月3日 方案报价」. */
  title: string;
  compact?: boolean;
};

/** One computed number, a link to the rows behind it (when there are any). */
export const MetricTile = ({ def, value, drift, ids, title, compact = false }: Props) => {
  const { t } = useTranslation();
  const className = `daily-report-metric${compact ? ' compact' : ''}${def.unit === 'yuan' ? ' money' : ''}${value ? '' : ' zero'}`;
  const body = (
    <>
      <span className="daily-report-metric-label">{t(`dailyReport.metrics.${def.id}`)}</span>
      <span className="daily-report-metric-value">{value === undefined ? '—' : formatMetricValue(t, def, value)}</span>
      {drift !== undefined && (
        <span className="daily-report-metric-drift" title={t('dailyReport.liveNowHint', { value: formatMetricValue(t, def, drift) })}>
          {t('dailyReport.liveNow', { value: formatMetricValue(t, def, drift) })}
        </span>
      )}
    </>
  );
  if (ids.length === 0) return <span className={className} data-metric={def.id}>{body}</span>;
  return (
    <a className={`${className} linked`} data-metric={def.id} href={appLinkHash({ kind: 'followUpIds', ids: [...ids], title })} title={t('dailyReport.openRows', { count: ids.length })}>
      {body}
    </a>
  );
};
