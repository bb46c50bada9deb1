import { describe, expect, it } from 'vitest';
import { startOfCalendarDate } from '../domain/calendarDate.ts';
import { contactOf, customerOf, followUpOf } from './customerTestData.fixture.ts';
import { followUpsByCustomer, planRegrades } from './planRegrades.ts';

const SH = 480;
const day = (d: string) => startOfCalendarDate(d, SH) + 36_000_000;
const options = { today: '2026-12-03', weekStart: '2026-11-30', utcOffsetMinutes: SH, snapshot: false };
/** Budget (25) + tech, purchase and finance reached (25) + no competitor (20) = 70 before any frequency. */
const ready = customerOf('c1', '恒瑞', {
  needClarity: 'budget', grade: 'B', healthScore: 65, ownerId: 'rep1',
  contacts: [contactOf('k1', '王工', { roles: ['tech'] }), contactOf('k2', '李', { roles: ['purchase'] }), contactOf('k3', '赵', { roles: ['finance'] })],
});
const touches = ['k1', 'k2', 'k3'].map((contactId, i) => followUpOf(`f${i}`, 'c1', { contactId, followedAt: day('2026-11-2' + i) }));

describe('planRegrades', () => {
  it('writes a customer whose score changed and says it rose to A: 3 follow-ups (7.5) + 25 + 25 + 20 = 78 (hand-worked)', () => {
    const plan = planRegrades([ready], followUpsByCustomer(touches), options);
    // 最近跟进 follows the latest call too (the grid's edits leave the customer as it was).
    expect(plan.patches).toEqual([{ id: 'c1', patch: { lastFollowedAt: day('2026-11-22'), healthScore: 78, grade: 'A', gradeHistory: [{ date: '2026-11-30', score: 78, grade: 'A' }] } }]);
    expect(plan.rises).toEqual([{ customerId: 'c1', name: '恒瑞', ownerId: 'rep1', score: 78, contributions: { frequency: 7.5, needClarity: 25, decisionChain: 25, competitor: 20 } }]);
  });

  it('writes nothing when only the week\u2019s snapshot is missing, unless it is the weekly pass', () => {
    const graded = { ...ready, grade: 'A' as const, healthScore: 78, lastFollowedAt: day('2026-11-22') };
    expect(planRegrades([graded], followUpsByCustomer(touches), options).patches).toEqual([]);
    expect(planRegrades([graded], followUpsByCustomer(touches), { ...options, snapshot: true }).patches).toEqual([{ id: 'c1', patch: { gradeHistory: [{ date: '2026-11-30', score: 78, grade: 'A' }] } }]);
  });

  it('leaves customers in the recycle bin alone; a trashed follow-up does not count', () => {
    expect(planRegrades([{ ...ready, trashed: true }], followUpsByCustomer(touches), options).patches).toEqual([]);
    const plan = planRegrades([ready], followUpsByCustomer([...touches.slice(0, 2), { ...touches[2]!, trashed: true }]), options);
    // k3 (finance) no longer reached: 5 + 25 + 16.67 + 20 = 66.67 → 67, B.
    expect(plan.patches[0]?.patch).toMatchObject({ healthScore: 67 });
    expect(plan.rises).toEqual([]);
  });
});
