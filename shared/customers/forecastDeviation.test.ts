import { describe, expect, it } from 'vitest';
import { startOfCalendarDate } from '../domain/calendarDate.ts';
import { defaultOptionLists } from '../domain/options.ts';
import { forecastDeviation, pastMonths } from './forecastDeviation.ts';

const OFFSET = 480;
const at = (date: string, hour = 10) => startOfCalendarDate(date, OFFSET) + hour * 3_600_000;
const stages = defaultOptionLists().stages;
const customer = (id: string, expectedAmount: number, evidence: { node: 'needsConfirmed' | 'techAgreement' | 'commercialTerms' | 'downPayment' | 'deliveryPlan'; reachedAt: string }[], extra: { expectedCloseDate?: string; createdAt?: number; trashed?: boolean } = {}) => ({
  id, expectedAmount, createdAt: extra.createdAt ?? at('2026-08-01'), trashed: extra.trashed ?? false,
  evidence: evidence.map((e) => ({ ...e, note: '', attachmentIds: [] })),
  ...(extra.expectedCloseDate ? { expectedCloseDate: extra.expectedCloseDate } : {}),
});
const f = (customerId: string, date: string, stage: string, amount?: number, trashed = false) => ({ customerId, followedAt: at(date), stage, trashed, ...(amount === undefined ? {} : { amount }) });

describe('forecastDeviation (hand-worked)', () => {
  // A: no close date, won 2026-10-25 (¥98,000); on 1 October it had only the needs confirmation (0.3).
  // B: due 2026-11-15, tech agreement by October (0.5), down payment in November (counts only later); still open.
  // C: no close date, lost 2026-11-10, no evidence (0). D: created 3 November, won 20 November. E: in the recycle bin.
  const customers = [
    customer('A', 100_000, [{ node: 'needsConfirmed', reachedAt: '2026-09-15' }, { node: 'commercialTerms', reachedAt: '2026-10-20' }]),
    customer('B', 50_000, [{ node: 'techAgreement', reachedAt: '2026-10-10' }, { node: 'downPayment', reachedAt: '2026-11-05' }], { expectedCloseDate: '2026-11-15' }),
    customer('C', 80_000, []),
    customer('D', 30_000, [], { createdAt: at('2026-11-03') }),
    customer('E', 5_000, [{ node: 'deliveryPlan', reachedAt: '2026-09-01' }], { trashed: true }),
  ];
  const followUps = [
    f('A', '2026-09-10', 'quote'), f('A', '2026-10-25', 'won', 98_000), f('A', '2026-10-28', 'won', 1),
    f('B', '2026-10-01', 'negotiation'),
    f('C', '2026-09-01', 'needs'), f('C', '2026-11-10', 'lost'),
    f('D', '2026-11-03', 'lead'), f('D', '2026-11-20', 'won', 30_000),
    f('E', '2026-10-05', 'won', 5_000),
    f('B', '2026-10-30', 'won', 999, true),
  ];
  const result = forecastDeviation({ customers, followUps, stages, months: ['2026-10', '2026-11', '2026-12'], utcOffsetMinutes: OFFSET });

  it('October: A placed in the month it closed, at its maturity on 30 September; A’s win is the actual (the repeat at 成交签约 is no new move)', () => {
    expect(result[0]).toEqual({ month: '2026-10', forecast: 30_000, actual: 98_000, deviation: 68_000 / 98_000, forecastIds: ['A'], wonIds: ['A'] });
  });

  it('November: B by its close date at 0.5 (its down payment came later), C lost in November at 0; A was already won; D did not exist on the 1st but its win counts', () => {
    expect(result[1]).toEqual({ month: '2026-11', forecast: 25_000, actual: 30_000, deviation: 5_000 / 30_000, forecastIds: ['B', 'C'], wonIds: ['D'] });
  });

  it('a month with nothing won has no deviation (shown as —)', () => {
    expect(result[2]).toEqual({ month: '2026-12', forecast: 0, actual: 0, deviation: null, forecastIds: [], wonIds: [] });
  });
});

describe('pastMonths', () => {
  it('lists the whole months before today’s, across a year end', () => {
    expect(pastMonths('2026-12-01', 3)).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(pastMonths('2027-02-15', 4)).toEqual(['2026-10', '2026-11', '2026-12', '2027-01']);
  });
});
