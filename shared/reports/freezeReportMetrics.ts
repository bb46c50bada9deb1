import type { DailyMetrics } from './dailyMetrics.ts';
import { reportMetricCatalog, type ReportMetricId } from './reportMetricCatalog.ts';

/**
 * Every catalogued number of the day, as a submitted report stores it. All of them, not only the template's:
 * a later template (or the team view) may show one this template hid, and the value of that day is kept.
 */
export const freezeReportMetrics = (m: DailyMetrics): Record<ReportMetricId, number> =>
  Object.fromEntries(reportMetricCatalog.map((d) => [d.id, d.value(m)])) as Record<ReportMetricId, number>;
