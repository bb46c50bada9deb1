import type { CustomerDoc } from '../db/schemas/customerSchema.ts';
import type { StageOption } from '../domain/options.ts';
import { COMMIT_MATURITY, maturityOf } from '../domain/maturity.ts';

/** A customer as the forecast reads it; `expectedCloseDate` ('' or absent = not scheduled) places it in a month. */
export type ForecastCustomer = Pick<CustomerDoc, 'id' | 'name' | 'ownerId' | 'stage' | 'evidence' | 'trashed'> & { expectedAmount?: number; expectedCloseDate?: string };

/** One open deal with its maturity and what it adds to the forecast. */
export type ForecastDeal = { customerId: string; name: string; ownerId: string; month: string; expected: number; maturity: number; weighted: number; commit: boolean };

/**
 * A bucket (a month 'YYYY-MM', '' = not scheduled, or a rep's id): `forecast` = Σ expected × maturity
 * (DOMAIN.md); `commit` = the expected amounts of deals with maturity ≥ 0.8, the ones the team stands
 * behind; `bestCase` = every open deal's expected amount, if all of them closed.
 */
export type ForecastLine = { key: string; forecast: number; commit: number; bestCase: number; customerIds: string[] };

export type Forecast = { deals: ForecastDeal[]; byMonth: ForecastLine[]; byRep: ForecastLine[]; total: ForecastLine };

const add = (lines: Map<string, ForecastLine>, key: string, deal: ForecastDeal): void => {
  const line = lines.get(key) ?? { key, forecast: 0, commit: 0, bestCase: 0, customerIds: [] };
  line.forecast += deal.weighted;
  line.commit += deal.commit ? deal.expected : 0;
  line.bestCase += deal.expected;
  line.customerIds.push(deal.customerId);
  lines.set(key, line);
};

/**
 * The forecast from evidence over open deals (customers at an open stage with an expected amount), as
 * of a calendar day (evidence reached later does not count): per month of expected close (unscheduled
 * ones last), per rep, and in total.
 */
export const forecastDeals = (customers: readonly ForecastCustomer[], stages: readonly StageOption[], asOf: string): Forecast => {
  const open = new Set(stages.filter((s) => s.kind === 'open').map((s) => s.id));
  const deals: ForecastDeal[] = [];
  for (const c of customers) {
    if (c.trashed || !open.has(c.stage) || !(c.expectedAmount && c.expectedAmount > 0)) continue;
    const maturity = maturityOf(c.evidence, asOf);
    const expected = c.expectedAmount;
    deals.push({ customerId: c.id, name: c.name, ownerId: c.ownerId, month: (c.expectedCloseDate ?? '').slice(0, 7), expected, maturity, weighted: expected * maturity, commit: maturity >= COMMIT_MATURITY });
  }
  const months = new Map<string, ForecastLine>();
  const reps = new Map<string, ForecastLine>();
  const total = new Map<string, ForecastLine>();
  for (const deal of deals) {
    add(months, deal.month, deal);
    add(reps, deal.ownerId, deal);
    add(total, '', deal);
  }
  const byMonth = [...months.values()].sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : a.key.localeCompare(b.key)));
  const byRep = [...reps.values()].sort((a, b) => b.forecast - a.forecast);
  return { deals, byMonth, byRep, total: total.get('') ?? { key: '', forecast: 0, commit: 0, bestCase: 0, customerIds: [] } };
};
