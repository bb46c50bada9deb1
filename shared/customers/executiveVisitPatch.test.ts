import { describe, expect, it } from 'vitest';
import { executiveVisitPatch } from './executiveVisitPatch.ts';

const plan = (nextAction: string, nextDate: string, nextOwnerId = '') => ({ nextAction, nextDate, nextOwnerId });

describe('executiveVisitPatch', () => {
  it('plans the visit in three days for the owner when nothing is planned', () => {
    expect(executiveVisitPatch(plan('', ''), '安排高层拜访', 'rep1', '2026-12-03')).toEqual({ nextAction: '安排高层拜访', nextDate: '2026-12-06', nextOwnerId: 'rep1' });
  });
  it('adds to a plan still to come without replacing it, and does nothing twice', () => {
    expect(executiveVisitPatch(plan('发报价单', '2026-12-05', 'rep2'), '安排高层拜访', 'rep1', '2026-12-03')).toEqual({ nextAction: '发报价单；安排高层拜访' });
    expect(executiveVisitPatch(plan('发报价单；安排高层拜访', '2026-12-05'), '安排高层拜访', 'rep1', '2026-12-03')).toEqual({});
  });
  it('moves an overdue plan\u2019s date forward', () => {
    expect(executiveVisitPatch(plan('回访', '2026-11-20', 'rep1'), '安排高层拜访', 'rep1', '2026-12-03')).toEqual({ nextAction: '回访；安排高层拜访', nextDate: '2026-12-06' });
  });
});
