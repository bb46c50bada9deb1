import { describe, expect, it } from 'vitest';
import { COMMIT_MATURITY, maturityOf } from './maturity.ts';

describe('maturityOf', () => {
  it('is the highest weight reached, whatever the order the nodes were recorded in', () => {
    expect(maturityOf([])).toBe(0);
    expect(maturityOf([{ node: 'commercialTerms', reachedAt: '2026-10-08' }, { node: 'needsConfirmed', reachedAt: '2026-09-01' }])).toBe(0.7);
    expect(maturityOf([{ node: 'downPayment', reachedAt: '2026-11-02' }])).toBeGreaterThanOrEqual(COMMIT_MATURITY);
  });

  it('counts only nodes reached by a given day, to recompute a past forecast', () => {
    const evidence = [{ node: 'needsConfirmed' as const, reachedAt: '2026-09-01' }, { node: 'downPayment' as const, reachedAt: '2026-11-02' }];
    expect(maturityOf(evidence, '2026-10-31')).toBe(0.3);
    expect(maturityOf(evidence, '2026-11-02')).toBe(0.9);
  });
});
