import { describe, expect, it } from 'vitest';
import { customerOf, followUpOf } from './customerTestData.fixture.ts';
import { followStatePatch } from './followStatePatch.ts';

describe('followStatePatch', () => {
  const customer = customerOf('c1', '恒瑞', { lastFollowedAt: 100, stage: 'contact', status: 'callback', nextDate: '2026-12-01' });
  it('takes 最近跟进, 阶段, 状态 and 下次跟进 from the latest live follow-up (ties to the greater id)', () => {
    const patch = followStatePatch(customer, [
      followUpOf('f1', 'c1', { followedAt: 100, stage: 'contact' }),
      followUpOf('f3', 'c1', { followedAt: 300, stage: 'quote', status: 'quoted', nextDate: '2026-12-10' }),
      followUpOf('f2', 'c1', { followedAt: 300, stage: 'needs' }),
      followUpOf('f4', 'c1', { followedAt: 900, stage: 'won', trashed: true }),
    ]);
    expect(patch).toEqual({ lastFollowedAt: 300, stage: 'quote', status: 'quoted', nextDate: '2026-12-10' });
  });
  it('writes nothing when the stored fields already say so, or when no follow-up is left', () => {
    expect(followStatePatch(customer, [followUpOf('f1', 'c1', { followedAt: 100, stage: 'contact', status: 'callback', nextDate: '2026-12-01' })])).toEqual({});
    expect(followStatePatch(customer, [followUpOf('f1', 'c1', { trashed: true })])).toEqual({});
  });
});
