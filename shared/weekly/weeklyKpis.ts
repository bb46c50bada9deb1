/**
 * The columns a 周报 can show per rep (团队设置 → 周报模板 picks and orders them). Ids are stored in the
 * team's template, so an id is never renamed or removed once released.
 */
export type WeeklyKpiId = 'target' | 'actual' | 'completion' | 'lastWeek' | 'wow' | 'newCustomers' | 'followUps' | 'quotes' | 'won' | 'amount';

/** What 目标 is set in and 实际 / 上周 count: the signed amount by default, or one of the counts. */
export type WeeklyTargetKpi = 'amount' | 'won' | 'followUps' | 'quotes' | 'newCustomers';

export const weeklyKpiIds: readonly WeeklyKpiId[] = ['target', 'actual', 'completion', 'lastWeek', 'wow', 'newCustomers', 'followUps', 'quotes', 'won', 'amount'];
export const weeklyTargetKpis: readonly WeeklyTargetKpi[] = ['amount', 'won', 'followUps', 'quotes', 'newCustomers'];

/** The printed headers: the workbook is a Chinese document whatever the UI language (the page translates). */
export const weeklyKpiHeaders: Readonly<Record<WeeklyKpiId, string>> = {
  target: '目标',
  actual: '实际',
  completion: '完成率',
  lastWeek: '上周',
  wow: '环比',
  newCustomers: '新增客户',
  followUps: '跟进次数',
  quotes: '报价数',
  won: '签约数',
  amount: '金额',
};

export const weeklyTargetKpiNames: Readonly<Record<WeeklyTargetKpi, string>> = {
  amount: '签约金额',
  won: '签约数',
  followUps: '跟进次数',
  quotes: '报价数',
  newCustomers: '新增客户',
};

/** How a KPI's number reads: money (¥#,##0.00), a rate (0.0%), or a count. 目标 / 实际 / 上周 follow the target's kind. */
export type WeeklyKpiFormat = 'money' | 'rate' | 'count';

export const weeklyKpiFormat = (id: WeeklyKpiId, targetKpi: WeeklyTargetKpi): WeeklyKpiFormat => {
  if (id === 'completion' || id === 'wow') return 'rate';
  if (id === 'amount') return 'money';
  if (id === 'target' || id === 'actual' || id === 'lastWeek') return targetKpi === 'amount' ? 'money' : 'count';
  return 'count';
};

export const isWeeklyKpiId = (id: string): id is WeeklyKpiId => (weeklyKpiIds as readonly string[]).includes(id);
export const isWeeklyTargetKpi = (id: string): id is WeeklyTargetKpi => (weeklyTargetKpis as readonly string[]).includes(id);
