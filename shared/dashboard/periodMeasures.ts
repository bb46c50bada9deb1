import type { DashboardIndex } from './dashboardIndex.ts';
import { lookupIndex, windowRows, type DashboardFilter } from './dashboardFilter.ts';

/** A counted number and the follow-up rows behind it (what a click opens in the grid). */
export type Measure = { count: number; ids: string[] };

/**
 * The daily report's numbers (DOMAIN.md, shared/reports/dailyMetrics.ts) summed over a window: 新增线索
 * (customers created, by who created them), 跟进推进 (follow-ups), 方案报价 (moves into 方案报价), 成交签约
 * (moves into a won stage, a customer once per rep and day) and 成交金额 (their amounts). Summing the
 * reps' daily reports gives the same figures; a test holds the two together.
 */
export type PeriodMeasures = { newLeads: Measure; followUps: Measure; quotes: Measure; won: Measure; amount: number };

export type MeasureWindow = { start: number; end: number };

const DAY_MS = 86_400_000;
/** The daily report's stage id for 方案报价 (dailyMetrics counts moves into it by id). */
const QUOTE = 'quote';

const ids = (index: DashboardIndex, positions: readonly number[] | Int32Array): string[] => Array.from(positions, (i) => index.rows[i]!.id);

/** Customers created in the window (by the member, from the source), not in the recycle bin. */
const newCustomers = (index: DashboardIndex, w: MeasureWindow, filter: Pick<DashboardFilter, 'memberId' | 'sourceId'>): Set<number> => {
  const created = new Set<number>();
  index.customers.forEach((c, k) => {
    if (!c || c.trashed || c.createdAt < w.start || c.createdAt >= w.end) return;
    if (filter.memberId !== null && c.createdBy !== filter.memberId) return;
    if (filter.sourceId !== null && c.source !== filter.sourceId) return;
    created.add(k);
  });
  return created;
};

export const periodMeasures = (index: DashboardIndex, w: MeasureWindow, filter: Pick<DashboardFilter, 'memberId' | 'sourceId'>, utcOffsetMinutes: number): PeriodMeasures => {
  const rows = windowRows(index, w.start, w.end, filter);
  const quote = lookupIndex(index.stageIndex, QUOTE);
  const won = new Set(index.stages.filter((s) => s.kind === 'won').map((s) => index.stageIndex.get(s.id)));
  const created = newCustomers(index, w, filter);
  const quotes: number[] = [];
  const leadRows: number[] = [];
  // A customer moved to won twice in a day by one rep counts once, its last move (as the daily report).
  const lastWin = new Map<string, number>();
  for (const i of rows) {
    if (created.has(index.customer[i]!)) leadRows.push(i);
    if (!index.moved[i]) continue;
    if (index.stage[i] === quote) quotes.push(i);
    else if (won.has(index.stage[i])) lastWin.set(`${Math.floor((index.at[i]! + utcOffsetMinutes * 60_000) / DAY_MS)}:${index.owner[i]}:${index.customer[i]}`, i);
  }
  const wins = [...lastWin.values()].sort((a, b) => a - b);
  return {
    newLeads: { count: created.size, ids: ids(index, leadRows) },
    followUps: { count: rows.length, ids: ids(index, rows) },
    quotes: { count: quotes.length, ids: ids(index, quotes) },
    won: { count: wins.length, ids: ids(index, wins) },
    amount: wins.reduce((sum, i) => sum + (index.rows[i]!.amount ?? 0), 0),
  };
};
