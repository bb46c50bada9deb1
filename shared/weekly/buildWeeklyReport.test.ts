import { describe, expect, it } from 'vitest';
import type { DailyReportDoc } from '../db/schemas/dailyReportSchema.ts';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import type { ReportTemplate } from '../db/schemas/teamSettingsSchema.ts';
import { testRow } from '../grid/testRows.ts';
import { defaultReportTemplate } from '../reports/defaultReportTemplate.ts';
import { stampNew } from '../sync/stampWrite.ts';
import { buildWeeklyReport, type WeeklyReportInput } from './buildWeeklyReport.ts';
import { normalizeWeeklyTemplate } from './normalizeWeeklyTemplate.ts';

/** Shanghai wall-clock time → epoch ms, by hand (UTC = local − 8 h). Month is 11 or 12 (2026). */
const sh = (month: number, day: number, hour: number, minute = 0): number => Date.UTC(2026, month - 1, day, hour - 8, minute);

const fu = (id: string, customerId: string, ownerId: string, followedAt: number, stage: string, method: string, patch: Partial<FollowUpDoc> = {}): FollowUpDoc =>
  testRow(id, { customerId, ownerId, followedAt, stage, method, ...patch });

const customer = (id: string, ownerId: string, createdAt: number, trashed = false) => ({ id, ownerId, createdAt, trashed });
const member = (id: string, name: string, role: 'rep' | 'manager' = 'rep', active = true) => ({ id, name, role, active, trashed: false });

const report = (memberId: string, date: string, sections: Record<string, string>, status: 'submitted' | 'draft' = 'submitted'): DailyReportDoc =>
  stampNew(
    { id: `${memberId}_${date}`, memberId, date, status, submittedAt: status === 'submitted' ? 1 : 0, lateMinutes: 0, metrics: {}, sections, templateVersion: 1, edits: [], readBy: [] },
    { now: 1, memberId, clock: '1:0000:t' },
  );

/**
 * The team over two weeks (this week: Mon 2026-11-30 to Sun 12-06; last week: 11-23 to 11-29), UTC+8.
 * 王芳 (a, target ¥100,000), 李强 (b, no target), 赵敏 (c, target ¥50,000, idle), 孙经理 (m, a manager who
 * followed up once), 钱多 (d, inactive, idle).
 */
const followUps: FollowUpDoc[] = [
  // c7 sat at 方案报价 long before either week: b's 12-02 row at 方案报价 is no move.
  fu('f00', 'c7', 'b', sh(11, 5, 10), 'quote', 'phone'),
  // Last week.
  fu('f01', 'c1', 'a', sh(11, 24, 10), 'needs', 'phone'),
  fu('f02', 'c1', 'a', sh(11, 26, 15), 'quote', 'visit', { amount: 80_000 }),
  fu('f03', 'c3', 'b', sh(11, 29, 23, 59), 'won', 'wechat', { amount: 50_000 }),
  fu('f13', 'c6', 'c', sh(11, 25, 9), 'quote', 'phone'),
  // This week.
  fu('f04', 'c1', 'a', sh(11, 30, 9), 'quote', 'phone'),
  fu('f07', 'c2', 'a', sh(12, 1, 11), 'lead', 'phone'),
  fu('f05', 'c1', 'a', sh(12, 2, 14), 'negotiation', 'visit'),
  fu('f08', 'c2', 'a', sh(12, 3, 10), 'quote', 'wechat', { amount: 30_000 }),
  fu('f06', 'c1', 'a', sh(12, 4, 16), 'won', 'visit', { amount: 120_000 }),
  fu('f12', 'c1', 'a', sh(12, 5, 10), 'won', 'visit', { amount: 999, trashed: true }),
  fu('f09', 'c4', 'b', sh(11, 30, 0), 'won', 'visit', { amount: 66_000.5 }),
  fu('f11', 'c3', 'b', sh(12, 1, 9), 'aftersales', 'phone'),
  fu('f14', 'c7', 'b', sh(12, 2, 9), 'quote', 'email'),
  fu('f15', 'c7', 'b', sh(12, 3, 9), 'negotiation', 'video'),
  fu('f10', 'c4', 'b', sh(12, 6, 23, 59), 'won', 'phone'),
  fu('f16', 'c8', 'm', sh(12, 5, 15), 'contact', 'phone'),
  // Next Monday 00:00: not this week.
  fu('f17', 'c4', 'b', sh(12, 7, 0), 'aftersales', 'phone'),
];

const customers = [
  customer('c1', 'a', sh(11, 10, 9)),
  customer('c2', 'a', sh(12, 1, 10)),
  customer('c3', 'b', sh(11, 29, 23, 59)),
  customer('c4', 'b', sh(11, 30, 0)),
  customer('c5', 'a', sh(12, 2, 10), true),
  customer('c6', 'c', sh(10, 1, 9)),
  customer('c7', 'b', sh(10, 1, 9)),
  customer('c8', 'm', sh(10, 1, 9)),
];

const reportTemplate: ReportTemplate = {
  ...defaultReportTemplate(),
  sections: [
    ...defaultReportTemplate().sections,
    { id: 'intent', label: '客户意向', builtin: false, enabled: true, required: false, kind: 'choice', options: ['高', '中', '低'], form: 'both' },
  ],
};

const reports = [
  report('a', '2026-11-27', { problems: '上周的问题', tomorrowPlan: '上周的计划' }),
  report('a', '2026-12-01', { problems: '1. 客户嫌价格高\n2. 交期紧张', solutions: '1. 申请阶梯折扣\n2. 协调生产排期', tomorrowPlan: '拜访张江精密', intent: '高' }),
  report('a', '2026-12-03', { problems: '客户嫌价格高 ；无', solutions: '', tomorrowPlan: '1. 准备合同\n2. 约法务审核' }),
  report('a', '2026-12-04', { problems: '草稿里的问题', tomorrowPlan: '草稿里的计划' }, 'draft'),
  // Written in the short form although the template is long: its sections still count.
  report('b', '2026-12-05', { threeThings: '1. 回访老客户\n2. 整理报价单\n3. 参加培训', customerProgress: '四方物流已签约', problems: '暂无' }),
];

const input = (patch: Partial<WeeklyReportInput> = {}): WeeklyReportInput => ({
  weekStart: '2026-12-02',
  utcOffsetMinutes: 480,
  members: [member('a', '王芳'), member('b', '李强'), member('c', '赵敏'), member('m', '孙经理', 'manager'), member('d', '钱多', 'rep', false)],
  followUps,
  customers,
  reports,
  template: normalizeWeeklyTemplate({ targets: { a: 100_000, c: 50_000 } }),
  reportTemplate,
  wonStageIds: ['won'],
  ...patch,
});

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
