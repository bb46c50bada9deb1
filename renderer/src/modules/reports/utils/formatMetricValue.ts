import type { TFunction } from 'i18next';
import type { ReportMetricDef } from '../../../../../shared/reports/reportMetricCatalog.ts';

/** A count as it is; 成交金额 as ¥ with thousands separators (and fen when there are any). */
export const formatMetricValue = (t: TFunction, def: Pick<ReportMetricDef, 'unit'>, value: number): string =>
  def.unit === 'yuan'
    ? t('dailyReport.amount', { value: value.toLocaleString('en-US', { maximumFractionDigits: 2 }) })
    : String(value);
