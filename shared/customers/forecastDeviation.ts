import type { CustomerDoc } from '../db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import { addDays, toCalendarDate } from '../domain/calendarDate.ts';
import { maturityOf } from '../domain/maturity.ts';
import type { StageOption } from '../domain/options.ts';

type Customer = Pick<CustomerDoc, 'id' | 'trashed' | 'evidence' | 'createdAt'> & { expectedAmount?: number; expectedCloseDate?: string };
type FollowUp = Pick<FollowUpDoc, 'customerId' | 'followedAt' | 'stage' | 'trashed'> & { amount?: number };

/** One past month: what the evidence forecast said on its first day, what was won in it, and |forecast − actual| ÷ actual. */
export type DeviationMonth = { month: string; forecast: number; actual: number; deviation: number | null; forecastIds: string[]; wonIds: string[] };

export type DeviationInput = {
  customers: readonly Customer[];
  followUps: readonly FollowUp[];
  stages: readonly StageOption[];
  /** 'YYYY-MM', oldest first. */
  months: readonly string[];
  utcOffsetMinutes: number;
};

type Move = { date: string; stage: string; amount: number };

/** Each customer's follow-ups as stage moves, in time order (a follow-up at the same stage as the one before is no move). */
const movesByCustomer = (followUps: readonly FollowUp[], offset: number): Map<string, Move[]> => {
  const sorted = followUps.filter((f) => !f.trashed).sort((a, b) => a.followedAt - b.followedAt);
  const moves = new Map<string, Move[]>();
  for (const f of sorted) {
    const list = moves.get(f.customerId) ?? [];
    if (list[list.length - 1]?.stage !== f.stage) list.push({ date: toCalendarDate(f.followedAt, offset), stage: f.stage, amount: f.amount ?? 0 });
    moves.set(f.customerId, list);
  }
  return moves;
};

/**
 * Past months' forecast against what was actually won (DOMAIN.md: deviation = |forecast − actual| ÷ actual),
 * recomputed from the evidence dates, since no snapshot of each month's forecast is kept. For month M
 * starting on day S, the forecast is Σ expected amount × maturity as of the day before S (maturityOf with
 * asOf) over the deals that existed and were open on S and were due to close in M: by their 预计成交日期,
 * or — when none was set — in the month they did close (won or lost) on or after S. Actual = the amounts
 * of the follow-ups that moved a customer into a won stage in M (the 成交金额 of the daily and weekly
 * reports). Approximation: amounts and close dates are today's values, not as they stood on S.
 */
export const forecastDeviation = ({ customers, followUps, stages, months, utcOffsetMinutes }: DeviationInput): DeviationMonth[] => {
  const kind = new Map(stages.map((s) => [s.id, s.kind]));
  const closed = (stage: string) => kind.get(stage) === 'won' || kind.get(stage) === 'lost';
  const moves = movesByCustomer(followUps, utcOffsetMinutes);
  const live = customers.filter((c) => !c.trashed);
  return months.map((month) => {
    const start = `${month}-01`;
    const asOf = addDays(start, -1);
    const end = `${month}-32`;
    let forecast = 0;
    const forecastIds: string[] = [];
    for (const c of live) {
      if (!(c.expectedAmount && c.expectedAmount > 0) || toCalendarDate(c.createdAt, utcOffsetMinutes) >= start) continue;
      const list = moves.get(c.id) ?? [];
      const atStart = list.filter((m) => m.date < start).at(-1)?.stage ?? '';
      if (atStart !== '' && kind.get(atStart) !== 'open') continue;
      const due = c.expectedCloseDate ? c.expectedCloseDate.slice(0, 7) : (list.find((m) => m.date >= start && closed(m.stage))?.date.slice(0, 7) ?? '');
      if (due !== month) continue;
      forecast += c.expectedAmount * maturityOf(c.evidence, asOf);
      forecastIds.push(c.id);
    }
    let actual = 0;
    const wonIds: string[] = [];
    for (const c of live) {
      const wins = (moves.get(c.id) ?? []).filter((m) => m.date >= start && m.date < end && kind.get(m.stage) === 'won');
      if (wins.length === 0) continue;
      actual += wins.reduce((sum, m) => sum + m.amount, 0);
      wonIds.push(c.id);
    }
    return { month, forecast, actual, deviation: actual > 0 ? Math.abs(forecast - actual) / actual : null, forecastIds, wonIds };
  });
};

/** The last `count` whole months before the month of `today`, oldest first ('YYYY-MM'). */
export const pastMonths = (today: string, count: number): string[] => {
  const [y = 0, m = 1] = today.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const index = y * 12 + (m - 1) - (count - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
};
