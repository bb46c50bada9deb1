import type { DailyMetric, DailyMetrics } from './dailyMetrics.ts';

/**
 * The computed numbers a 日报 template can show (DOMAIN.md "Daily report"). Ids are stored in templates and
 * in every submitted report's frozen `metrics`, so an id is never renamed or removed once released.
 */
export type ReportMetricId =
  | 'newLeads'
  | 'firstContacts'
  | 'needsConfirmed'
  | 'quotes'
  | 'negotiations'
  | 'followUps'
  | 'won'
  | 'wonAmount'
  | 'calls'
  | 'visits'
  | 'wechats'
  | 'emails';

/** 'stage': the pipeline counts; 'method': counts by 跟进方式. 'yuan' numbers are money, the rest counts. */
export type ReportMetricDef = {
  id: ReportMetricId;
  group: 'stage' | 'method';
  unit: 'count' | 'yuan';
  /** The computed metric behind the number (its count, or for 成交金额 the won deals whose amounts it sums). */
  source: (m: DailyMetrics) => DailyMetric;
  value: (m: DailyMetrics) => number;
};

const count = (id: ReportMetricId, group: ReportMetricDef['group'], source: (m: DailyMetrics) => DailyMetric): ReportMetricDef => ({
  id, group, unit: 'count', source, value: (m) => source(m).count,
});

/** In the order a report shows them. */
export const reportMetricCatalog: readonly ReportMetricDef[] = [
  count('newLeads', 'stage', (m) => m.newLeads),
  count('firstContacts', 'stage', (m) => m.firstContacts),
  count('needsConfirmed', 'stage', (m) => m.needs),
  count('quotes', 'stage', (m) => m.quote),
  count('negotiations', 'stage', (m) => m.negotiation),
  count('followUps', 'stage', (m) => m.followUps),
  count('won', 'stage', (m) => m.won),
  { id: 'wonAmount', group: 'stage', unit: 'yuan', source: (m) => m.won, value: (m) => Math.round(m.won.amount * 100) / 100 },
  count('calls', 'method', (m) => m.byMethod.phone),
  count('visits', 'method', (m) => m.byMethod.visit),
  count('wechats', 'method', (m) => m.byMethod.wechat),
  count('emails', 'method', (m) => m.byMethod.email),
];

const byId = new Map(reportMetricCatalog.map((d) => [d.id, d]));

export const reportMetricDef = (id: string): ReportMetricDef | undefined => byId.get(id as ReportMetricId);
