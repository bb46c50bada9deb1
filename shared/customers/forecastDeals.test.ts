import { describe, expect, it } from 'vitest';
import { defaultOptionLists } from '../domain/options.ts';
import { forecastDeals, type ForecastCustomer } from './forecastDeals.ts';

const { stages } = defaultOptionLists();
const deal = (id: string, ownerId: string, stage: string, expectedAmount: number, expectedCloseDate: string, nodes: [ForecastCustomer['evidence'][number]['node'], string][]): ForecastCustomer => ({
  id, name: id, ownerId, stage, expectedAmount, expectedCloseDate, trashed: false,
  evidence: nodes.map(([node, reachedAt]) => ({ node, reachedAt, note: '', attachmentIds: [] })),
});

const customers: ForecastCustomer[] = [
  deal('a', 'zw', 'negotiation', 500_000, '2026-12-20', [['needsConfirmed', '2026-10-01'], ['downPayment', '2026-11-25']]), // 0.9: commit
  deal('b', 'zw', 'quote', 200_000, '2026-12-05', [['techAgreement', '2026-11-10']]), // 0.5
  deal('c', 'ln', 'needs', 100_000, '2027-01-15', [['needsConfirmed', '2026-11-01']]), // 0.3
  deal('d', 'ln', 'contact', 80_000, '', []), // 0, unscheduled
  deal('e', 'ln', 'won', 300_000, '2026-11-30', [['deliveryPlan', '2026-11-30']]), // closed: not a forecast
  { ...deal('f', 'zw', 'quote', 90_000, '2026-12-10', [['commercialTerms', '2026-11-20']]), trashed: true },
];

describe('forecastDeals', () => {
  it('weighs each open deal by its maturity, by month and by rep, with commit and best case (hand-worked)', () => {
    const result = forecastDeals(customers, stages, '2026-12-03');
    // total: 500k×0.9 + 200k×0.5 + 100k×0.3 + 80k×0 = 450k + 100k + 30k = 580k; commit = 500k; best case = 880k.
    expect(result.total).toMatchObject({ forecast: 580_000, commit: 500_000, bestCase: 880_000 });
    expect(result.byMonth.map((l) => [l.key, l.forecast, l.commit, l.bestCase])).toEqual([
      ['2026-12', 550_000, 500_000, 700_000],
      ['2027-01', 30_000, 0, 100_000],
      ['', 0, 0, 80_000],
    ]);
    expect(result.byRep.map((l) => [l.key, l.forecast, l.customerIds])).toEqual([
      ['zw', 550_000, ['a', 'b']],
      ['ln', 30_000, ['c', 'd']],
    ]);
  });

  it('recomputes as of an earlier day, before the down payment arrived', () => {
    const result = forecastDeals(customers, stages, '2026-11-20');
    // a: 0.3 (needs only) → 150k; b 100k; c 30k: 280k, nothing committed.
    expect(result.total).toMatchObject({ forecast: 280_000, commit: 0 });
  });
});
