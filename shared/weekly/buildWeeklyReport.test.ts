import { describe, expect, it } from 'vitest';
import { buildWeeklyReport } from './buildWeeklyReport.ts';
import { normalizeWeeklyTemplate } from './normalizeWeeklyTemplate.ts';
import { weeklyTeamFollowUps as followUps, weeklyTeamInput as input } from './weeklyTeam.fixture.ts';

const line = (r: ReturnType<typeof buildWeeklyReport>, id: string) => {
  const found = r.reps.find((x) => x.memberId === id);
  if (!found) throw new Error(`no line for ${id}`);
  return found;
};

describe('buildWeeklyReport', () => {
  it('names the week: Monday to Sunday around any day of it, 第49周', () => {
    const r = buildWeeklyReport(input());
    expect(r.week.monday).toBe('2026-11-30');
    expect(r.isoWeek).toEqual({ year: 2026, week: 49 });
    expect(r.rangeText).toBe('2026年11月30日—12月6日');
    expect(r.targetKpi).toBe('amount');
  });

  it('gives every active rep a line, and anyone else only with activity; by name', () => {
    const r = buildWeeklyReport(input());
    // 李强, 孙经理, 王芳, 赵敏 in pinyin order; 钱多 (inactive, idle) has none.
    expect(r.reps.map((x) => x.name)).toEqual(['李强', '孙经理', '王芳', '赵敏']);
  });

  it('counts 王芳’s week by hand: 实际 ¥120,000 against ¥100,000 (120%), last week 0 so 环比 "—"', () => {
    const a = line(buildWeeklyReport(input()), 'a');
    expect(a.target).toBe(100_000);
    expect(a.actual).toEqual({ value: 120_000, followUpIds: ['f06'] });
    expect(a.completion).toBeCloseTo(1.2, 10);
    // f02 was a quote with an amount, not a win: last week's 实际 is 0.
    expect(a.lastWeek).toEqual({ value: 0, followUpIds: [] });
    expect(a.wow).toBeNull();
    // c2 was created this week and is hers; c5 is trashed; c1 is old.
    expect(a.newCustomers).toEqual({ value: 1, customerIds: ['c2'], followUpIds: ['f07', 'f08'] });
    // Time order; trashed f12 left out.
    expect(a.followUps).toEqual({ value: 5, followUpIds: ['f04', 'f07', 'f05', 'f08', 'f06'] });
    // f04 stays at 方案报价 (f02 put c1 there last week): only f08 moves a customer into it.
    expect(a.quotes).toEqual({ value: 1, followUpIds: ['f08'] });
    expect(a.won).toEqual({ value: 1, followUpIds: ['f06'] });
    expect(a.amount).toEqual({ value: 120_000, followUpIds: ['f06'] });
    expect(a.byMethod).toEqual({ phone: 2, visit: 2, wechat: 1 });
    expect(a.details.map((f) => f.id)).toEqual(['f04', 'f07', 'f05', 'f08', 'f06']);
  });

  it('puts a deal won at Sunday 23:59 in last week and one won at Monday 00:00 in this week (李强, no target)', () => {
    const b = line(buildWeeklyReport(input()), 'b');
    expect(b.target).toBeNull();
    expect(b.completion).toBeNull();
    expect(b.actual).toEqual({ value: 66_000.5, followUpIds: ['f09'] });
    expect(b.lastWeek).toEqual({ value: 50_000, followUpIds: ['f03'] });
    // (66,000.5 − 50,000) ÷ 50,000
    expect(b.wow).toBeCloseTo(0.32001, 10);
    // c4 created Monday 00:00 counts; c3 created Sunday 23:59 does not.
    expect(b.newCustomers).toEqual({ value: 1, customerIds: ['c4'], followUpIds: ['f09', 'f10'] });
    // f10 (Sunday 23:59) is in, f17 (next Monday 00:00) is out; f10 stays at 成交签约 so is no second win.
    expect(b.followUps.followUpIds).toEqual(['f09', 'f11', 'f14', 'f15', 'f10']);
    expect(b.won.value).toBe(1);
    // c7 was at 方案报价 since 11-05, before both weeks: f14 is no move.
    expect(b.quotes.value).toBe(0);
  });

  it('shows an idle rep with a target as 0 of it (0%), and 环比 "—" when both weeks are 0', () => {
    const c = line(buildWeeklyReport(input()), 'c');
    expect(c.target).toBe(50_000);
    expect(c.actual.value).toBe(0);
    expect(c.completion).toBe(0);
    expect(c.wow).toBeNull();
    expect(c.followUps.value).toBe(0);
    expect(c.details).toEqual([]);
  });

  it('adds up the team: 目标 of those with one, 实际 of everyone', () => {
    const t = buildWeeklyReport(input()).totals;
    expect(t.name).toBe('合计');
    expect(t.target).toBe(150_000);
    expect(t.actual.value).toBe(186_000.5);
    expect(t.completion).toBeCloseTo(186_000.5 / 150_000, 10);
    expect(t.lastWeek.value).toBe(50_000);
    expect(t.wow).toBeCloseTo(2.72001, 10);
    expect([t.newCustomers.value, t.followUps.value, t.quotes.value, t.won.value, t.amount.value]).toEqual([2, 11, 1, 2, 186_000.5]);
    expect(t.followUps.followUpIds).toHaveLength(11);
    expect(t.byMethod).toEqual({ phone: 5, visit: 3, wechat: 1, email: 1, video: 1 });
  });

  it('measures 目标 in another KPI when the template says so (签约数)', () => {
    const r = buildWeeklyReport(input({ template: normalizeWeeklyTemplate({ targetKpi: 'won', targets: { b: 2 } }) }));
    const b = line(r, 'b');
    expect(r.targetKpi).toBe('won');
    expect([b.target, b.actual.value, b.completion, b.lastWeek.value, b.wow]).toEqual([2, 1, 0.5, 1, 0]);
    expect(r.totals.target).toBe(2);
  });

  it('draws the sections from the week’s submitted 日报 only', () => {
    const r = buildWeeklyReport(input());
    expect(line(r, 'a').sections).toEqual({
      // 12-03 holds only problems and plans, so it adds no summary line; the custom field keeps its label.
      summary: [{ date: '2026-12-01', text: '申请阶梯折扣；协调生产排期；客户意向：高' }],
      // The same problem on two days once, with both days; 「无」 is no risk; the draft of 12-04 is left out.
      risks: [
        { text: '客户嫌价格高', dates: ['2026-12-01', '2026-12-03'] },
        { text: '交期紧张', dates: ['2026-12-01'] },
      ],
      nextWeek: { date: '2026-12-03', items: ['准备合同', '约法务审核'] },
    });
    expect(line(r, 'b').sections).toEqual({
      summary: [{ date: '2026-12-05', text: '回访老客户；整理报价单；参加培训；四方物流已签约' }],
      risks: [],
      nextWeek: null,
    });
    expect(line(r, 'c').sections).toEqual({ summary: [], risks: [], nextWeek: null });
  });

  it('measures a stage move against the customer’s last row before both weeks', () => {
    const full = buildWeeklyReport(input());
    const lean = buildWeeklyReport(input({ followUps: followUps.filter((f) => f.id !== 'f00') }));
    // Without f00, c7 has no earlier stage, so b's f14 becomes a move into 方案报价: the history matters.
    expect(line(lean, 'b').quotes.followUpIds).toEqual(['f14']);
    expect(line(full, 'b').quotes.followUpIds).toEqual([]);
  });
});
