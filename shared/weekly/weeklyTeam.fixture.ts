import type { DailyReportDoc } from '../db/schemas/dailyReportSchema.ts';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import type { ReportTemplate } from '../db/schemas/teamSettingsSchema.ts';
import { testRow } from '../grid/testRows.ts';
import { defaultReportTemplate } from '../reports/defaultReportTemplate.ts';
import { stampNew } from '../sync/stampWrite.ts';
import type { WeeklyReportInput } from './buildWeeklyReport.ts';
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
export const weeklyTeamFollowUps: FollowUpDoc[] = [
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

export const weeklyTeamInput = (patch: Partial<WeeklyReportInput> = {}): WeeklyReportInput => ({
  weekStart: '2026-12-02',
  utcOffsetMinutes: 480,
  members: [member('a', '王芳'), member('b', '李强'), member('c', '赵敏'), member('m', '孙经理', 'manager'), member('d', '钱多', 'rep', false)],
  followUps: weeklyTeamFollowUps,
  customers,
  reports,
  template: normalizeWeeklyTemplate({ targets: { a: 100_000, c: 50_000 } }),
  reportTemplate,
  wonStageIds: ['won'],
  ...patch,
});

