import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../demo/generateDemoData.ts';
import { testRow } from '../grid/testRows.ts';
import { stageConversion, type ConversionCell } from '../reports/stageConversion.ts';
import { buildDashboardIndex } from './dashboardIndex.ts';
import { repConversion } from './repConversion.ts';
import { at, CLOCK, customers, filterOf, index, stages } from './testDashboard.ts';

const step = (c: ReturnType<typeof repConversion>, stage: string) => c.steps.find((s) => s.stage === stage)!;

describe('repConversion', () => {
  it('measures a short period over the team view’s 30 days ending with its last day (never after today)', () => {
    expect(repConversion(index, filterOf(), CLOCK).window).toMatchObject({ from: '2026-11-04', to: '2026-12-03' });
    expect(repConversion(index, filterOf('lastWeek'), CLOCK).window).toMatchObject({ from: '2026-10-31', to: '2026-11-29' });
    const long = filterOf('custom', {}, { from: '2026-10-01', to: '2026-11-30' });
    expect(repConversion(index, long, CLOCK).window).toEqual(long.period);
  });

  it('is shared/reports’ stage conversion over that window, team and per rep', () => {
    const steps = repConversion(index, filterOf(), CLOCK);
    expect(steps.steps.map((s) => `${s.stage}→${s.next}`)).toEqual(['lead→contact', 'contact→needs', 'needs→quote', 'quote→negotiation', 'negotiation→won']);
    // Into 需求确认: c1 (f02, a) went on to 方案报价; c2 (f06, b) did not.
    const needs = step(steps, 'needs');
    expect(needs.team).toMatchObject({ entered: 2, converted: 1, convertedIds: ['f02'] });
    expect([...needs.team.enteredIds].sort()).toEqual(['f02', 'f06']);
    expect(needs.reps.map((r) => [r.memberId, r.cell.entered, r.cell.converted, r.anomaly]).sort()).toEqual([['a', 1, 1, null], ['b', 1, 0, null]]);
    // c1 and c3 entered 线索 (f01, f07) and both went further; c4's first row (11-20) entered 合同谈判 and was won.
    expect(step(steps, 'lead').team).toMatchObject({ entered: 2, converted: 2 });
    expect(step(steps, 'negotiation').team).toMatchObject({ entered: 1, converted: 1, enteredIds: ['f09'] });
  });

  it('the member filter lists only that rep while the team stays everyone', () => {
    const needs = step(repConversion(index, filterOf('thisWeek', { memberId: 'b' }), CLOCK), 'needs');
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
    const needs = step(repConversion(buildDashboardIndex({ followUps: rows, customers, stages }), filterOf(), CLOCK), 'needs');
    expect(needs.team).toMatchObject({ entered: 12, converted: 7 });
    const [a, b] = needs.reps;
    expect(a).toMatchObject({ memberId: 'a', anomaly: null });
    expect(b!.anomaly).toMatchObject({ kind: 'conversion', memberId: 'b', stage: 'needs', rep: { entered: 6, converted: 1 } });
  });

  it('equals stageConversion over the whole team history (sample team, 5,000 follow-ups, a month)', () => {
    const now = Date.UTC(2026, 11, 3, 4);
    const demo = generateDemoData({ seed: 20261123, now, adminId: 'admin' });
    const big = buildDashboardIndex({ followUps: demo.followUps, customers: demo.customers, stages });
    const filter = filterOf('custom', {}, { from: '2026-10-01', to: '2026-11-30' });
    const ours = repConversion(big, filter, CLOCK);
    const whole = stageConversion({ followUps: demo.followUps, stages, from: filter.period.start, to: filter.period.end });
    // Same customers, rates and rows; only the order in which customers are listed may differ.
    const same = (c: ConversionCell) => ({ ...c, enteredIds: [...c.enteredIds].sort(), convertedIds: [...c.convertedIds].sort() });
    const byMember = (pairs: [string, ConversionCell][]) => pairs.map(([m, c]) => [m, same(c)]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(ours.steps.map((s) => same(s.team))).toEqual(whole.map((w) => same(w.team)));
    expect(ours.steps.map((s) => byMember(s.reps.map((r) => [r.memberId, r.cell])))).toEqual(whole.map((w) => byMember([...w.byRep])));
    expect(ours.steps.reduce((n, s) => n + s.team.entered, 0)).toBeGreaterThan(100);
  });
});
