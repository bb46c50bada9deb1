import { describe, expect, it } from 'vitest';
import { computeHealthScore } from './healthScore.ts';

describe('computeHealthScore', () => {
  it('adds the four weighted indicators (hand-worked: 15 + 16.67 + 16.67 + 20 = 68.33 → 68, B)', () => {
    const result = computeHealthScore({
      followUpsLast90Days: 6,
      needClarity: 'drawing',
      rolesContacted: ['tech', 'purchase'],
      competitorSeenLast30Days: false,
    });
    expect(result.contributions.frequency).toBe(15);
    expect(result.contributions.needClarity).toBeCloseTo(16.667, 3);
    expect(result.contributions.decisionChain).toBeCloseTo(16.667, 3);
    expect(result.contributions.competitor).toBe(20);
    expect(result.score).toBe(68);
    expect(result.grade).toBe('B');
  });

  it('saturates frequency at 12 follow-ups and reaches 100 with every indicator full', () => {
    const result = computeHealthScore({
      followUpsLast90Days: 30,
      needClarity: 'budget',
      rolesContacted: ['decision', 'finance', 'purchase', 'tech'],
      competitorSeenLast30Days: false,
    });
    expect(result.contributions.frequency).toBe(30);
    expect(result.score).toBe(100);
    expect(result.grade).toBe('A');
  });

  it('gives 0 and grade C when nothing is known and a competitor was just seen', () => {
    const result = computeHealthScore({ followUpsLast90Days: 0, needClarity: 'none', rolesContacted: [], competitorSeenLast30Days: true });
    expect(result).toEqual({ score: 0, grade: 'C', contributions: { frequency: 0, needClarity: 0, decisionChain: 0, competitor: 0 } });
  });

  it('ignores the decision role and duplicate roles in the chain (9 → 22.5, budget 25, 1/3 → 8.33, seen 0 = 55.83 → 56)', () => {
    const result = computeHealthScore({
      followUpsLast90Days: 9,
      needClarity: 'budget',
      rolesContacted: ['purchase', 'purchase', 'decision'],
      competitorSeenLast30Days: true,
    });
    expect(result.contributions.decisionChain).toBeCloseTo(8.333, 3);
    expect(result.score).toBe(56);
    expect(result.grade).toBe('B');
  });

  it('grades at the exact boundaries: 70 is A, 40 is B, 37.5 rounds to 38 and is C', () => {
    const base = { needClarity: 'none', rolesContacted: [], competitorSeenLast30Days: false } as const;
    expect(computeHealthScore({ ...base, followUpsLast90Days: 10, needClarity: 'budget' })).toMatchObject({ score: 70, grade: 'A' });
    expect(computeHealthScore({ ...base, followUpsLast90Days: 8 })).toMatchObject({ score: 40, grade: 'B' });
    expect(computeHealthScore({ ...base, followUpsLast90Days: 7 })).toMatchObject({ score: 38, grade: 'C' });
  });

  it('counts need clarity in thirds: need → 8.33 points', () => {
    const result = computeHealthScore({ followUpsLast90Days: 0, needClarity: 'need', rolesContacted: [], competitorSeenLast30Days: true });
    expect(result.contributions.needClarity).toBeCloseTo(25 / 3, 9);
    expect(result.score).toBe(8);
  });
});
