import { describe, expect, it } from 'vitest';
import { testRow } from '../grid/testRows.ts';
import { buildDashboardIndex } from './dashboardIndex.ts';
import { repConversion } from './repConversion.ts';
import { at, customers, filterOf, index, stages } from './testDashboard.ts';

const step = (steps: ReturnType<typeof repConversion>, stage: string) => steps.find((s) => s.stage === stage)!;

describe('repConversion', () => {
  it('is shared/reports’ stage conversion over the period, team and per rep', () => {
    const steps = repConversion(index, filterOf());
    expect(steps.map((s) => `${s.stage}→${s.next}`)).toEqual(['lead→contact', 'contact→needs', 'needs→quote', 'quote→negotiation', 'negotiation→won']);
    // Into 需求确认 this week: c1 (f02, a) went on to 方案报价; c2 (f06, b) did not.
    const needs = step(steps, 'needs');
    expect(needs.team).toMatchObject({ entered: 2, converted: 1, enteredIds: ['f02', 'f06'], convertedIds: ['f02'] });
    expect(needs.reps.map((r) => [r.memberId, r.cell.entered, r.cell.converted, r.anomaly])).toEqual([['a', 1, 1, null], ['b', 1, 0, null]]);
    // c1 and c3 entered 线索 (f01, f07) and both went further by the week's end.
    expect(step(steps, 'lead').team).toMatchObject({ entered: 2, converted: 2 });
  });

  it('the member filter lists only that rep while the team stays everyone', () => {
    const needs = step(repConversion(index, filterOf('thisWeek', { memberId: 'b' })), 'needs');
    expect(needs.team).toMatchObject({ entered: 2, converted: 1 });
    expect(needs.reps.map((r) => r.memberId)).toEqual(['b']);
  });

  it('marks a rep more than 30% below the team with at least 5 customers entering', () => {
    // Six customers each for a and b enter 需求确认 on Monday; a's all reach 方案报价, only one of b's does.
    const rows = ['a', 'b'].flatMap((rep) =>
      [1, 2, 3, 4, 5, 6].flatMap((k) => {
        const c = `${rep}${k}`;
        const entry = testRow(`${c}-1`, { customerId: c, followedAt: at('11-30', 9), stage: 'needs', ownerId: rep });
        return rep === 'a' || k === 1 ? [entry, testRow(`${c}-2`, { customerId: c, followedAt: at('12-02', 9), stage: 'quote', ownerId: rep })] : [entry];
      }),
    );
    const needs = step(repConversion(buildDashboardIndex({ followUps: rows, customers, stages }), filterOf()), 'needs');
    expect(needs.team).toMatchObject({ entered: 12, converted: 7 });
    const [a, b] = needs.reps;
    expect(a).toMatchObject({ memberId: 'a', anomaly: null });
    expect(b!.anomaly).toMatchObject({ kind: 'conversion', memberId: 'b', stage: 'needs', rep: { entered: 6, converted: 1 } });
  });
});
