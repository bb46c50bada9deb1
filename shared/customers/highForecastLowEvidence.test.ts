import { describe, expect, it } from 'vitest';
import type { ForecastDeal } from './forecastDeals.ts';
import { highForecastLowEvidence } from './highForecastLowEvidence.ts';

const deal = (customerId: string, expected: number, maturity: number): ForecastDeal => ({ customerId, name: customerId, ownerId: 'zw', month: '2026-12', expected, maturity, weighted: expected * maturity, commit: maturity >= 0.8 });

describe('highForecastLowEvidence', () => {
  it('lists the top-quarter deals whose maturity is below 0.5, biggest first', () => {
    // Amounts 10…80k: the 75th percentile (index 5 of 8) is 60k.
    const deals = [10, 20, 30, 40, 50, 60, 70, 80].map((k, i) => deal(`d${i}`, k * 1000, [0.3, 0.9, 0, 0.5, 0.3, 0.3, 0.7, 0][i] ?? 0));
    expect(highForecastLowEvidence(deals).map((d) => [d.customerId, d.expected])).toEqual([['d7', 80_000], ['d5', 60_000]]);
    expect(highForecastLowEvidence([])).toEqual([]);
  });
});
