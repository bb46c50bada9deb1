import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import type { DailyMetrics } from './dailyMetrics.ts';
import type { ReportMetricDef } from './reportMetricCatalog.ts';

/**
 * The follow-up rows a number opens in the grid. Most numbers are follow-ups already; 新增线索 counts
 * customers, so it opens the rep's follow-ups of that day with those new customers (a lead created with no
 * follow-up has no row to show, and is left out).
 */
export const metricFollowUpIds = (
  def: ReportMetricDef,
  m: DailyMetrics,
  dayFollowUps: readonly Pick<FollowUpDoc, 'id' | 'customerId'>[],
): string[] => {
  const source = def.source(m);
  if (source.rows === 'followUps') return source.ids;
  const customers = new Set(source.ids);
  const mine = new Set(m.followUps.ids);
  return dayFollowUps.filter((f) => mine.has(f.id) && customers.has(f.customerId)).map((f) => f.id);
};
