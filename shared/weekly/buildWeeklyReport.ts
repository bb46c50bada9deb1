import type { CustomerDoc } from '../db/schemas/customerSchema.ts';
import type { DailyReportDoc } from '../db/schemas/dailyReportSchema.ts';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import type { MemberDoc } from '../db/schemas/memberSchema.ts';
import { addDays, type CalendarDate } from '../domain/calendarDate.ts';
import { normalizeReportTemplate } from '../reports/normalizeReportTemplate.ts';
import { isoWeekOf } from './isoWeekOf.ts';
import type { WeeklyTemplateModel } from './normalizeWeeklyTemplate.ts';
import { repWeekFigures, type RepWeekFigures } from './repWeekFigures.ts';
import { completionRate, weekOverWeek } from './weekOverWeek.ts';
import { weekRangeText } from './weekRangeText.ts';
import { weekSlice } from './weekSlice.ts';
import { weekStartOf } from './weekStartOf.ts';
import { addFigures, type WeeklyFigure } from './weeklyFigure.ts';
import type { WeeklyTargetKpi } from './weeklyKpis.ts';
import type { WeeklyRepReport, WeeklyReport, WeeklyRow } from './weeklyReportTypes.ts';
import { weeklySections } from './weeklySections.ts';
import { weekWindow, type WeekWindow } from './weekWindow.ts';

export type WeeklyReportInput = {
  /** Any day of the week; the report is for the Monday-to-Sunday week holding it. */
  weekStart: CalendarDate;
  utcOffsetMinutes: number;
  members: readonly Pick<MemberDoc, 'id' | 'name' | 'role' | 'active' | 'trashed'>[];
  /** The team's follow-ups (any order, trashed ones ignored): last week's and earlier rows are needed too. */
  followUps: readonly FollowUpDoc[];
  customers: readonly Pick<CustomerDoc, 'id' | 'ownerId' | 'createdAt' | 'trashed'>[];
  /** The team's 日报 of the week (others are ignored). */
  reports: readonly DailyReportDoc[];
  template: WeeklyTemplateModel;
  /** The team's stored 日报 template, to read each report with the version it was written against. */
  reportTemplate: unknown;
  /** Stage ids of kind 'won'. */
  wonStageIds: readonly string[];
};

const kpiOf = (figures: RepWeekFigures, kpi: WeeklyTargetKpi): WeeklyFigure => figures[kpi];

/**
 * The rows each rep's numbers need: weekSlice's rows of every customer the rep followed up in the window
 * (teammates' rows on those customers included, since a stage move is measured against anyone's row).
 * Keyed by the owners of rows inside the window only, so an earlier row alone puts no one on the report.
 */
const sliceByRep = (slice: readonly FollowUpDoc[], from: number): Map<string, FollowUpDoc[]> => {
  const byCustomer = new Map<string, FollowUpDoc[]>();
  const customersOf = new Map<string, Set<string>>();
  for (const f of slice) {
    const rows = byCustomer.get(f.customerId);
    if (rows) rows.push(f);
    else byCustomer.set(f.customerId, [f]);
    if (f.followedAt < from) continue;
    const mine = customersOf.get(f.ownerId);
    if (mine) mine.add(f.customerId);
    else customersOf.set(f.ownerId, new Set([f.customerId]));
  }
  return new Map([...customersOf].map(([owner, ids]) => [owner, [...ids].flatMap((id) => byCustomer.get(id) ?? [])]));
};

/**
 * Who gets a line: every active rep, plus anyone else with follow-ups or new customers in either week or a
 * target (a manager who sells, a rep who left mid-week), so the 合计 is the whole team's. By name.
 */
const lineMembers = (input: WeeklyReportInput, active: ReadonlySet<string>): { id: string; name: string }[] => {
  const names = new Map(input.members.map((m) => [m.id, m.name]));
  const ids = new Set(input.members.filter((m) => m.role === 'rep' && m.active && !m.trashed).map((m) => m.id));
  for (const id of [...active, ...Object.keys(input.template.targets)]) if (id !== '' && (active.has(id) || names.has(id))) ids.add(id);
  return [...ids].map((id) => ({ id, name: names.get(id) ?? id })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || (a.id < b.id ? -1 : 1));
};

const row = (memberId: string, name: string, target: number | null, now: RepWeekFigures, last: RepWeekFigures, kpi: WeeklyTargetKpi): WeeklyRow => {
  const actual = kpiOf(now, kpi);
  const lastWeek = kpiOf(last, kpi);
  return {
    memberId, name, target, actual, lastWeek,
    completion: completionRate(actual.value, target),
    wow: weekOverWeek(actual.value, lastWeek.value),
    newCustomers: now.newCustomers, followUps: now.followUps, quotes: now.quotes, won: now.won, amount: now.amount, byMethod: now.byMethod,
  };
};

const totalsOf = (reps: readonly WeeklyRow[], kpi: WeeklyTargetKpi): WeeklyRow => {
  const money = kpi === 'amount';
  const targets = reps.flatMap((r) => (r.target === null ? [] : [r.target]));
  const target = targets.length === 0 ? null : targets.reduce((a, b) => a + b, 0);
  const actual = addFigures(reps.map((r) => r.actual), money);
  const lastWeek = addFigures(reps.map((r) => r.lastWeek), money);
  const byMethod: Record<string, number> = {};
  for (const r of reps) for (const [m, n] of Object.entries(r.byMethod)) byMethod[m] = (byMethod[m] ?? 0) + n;
  return {
    memberId: '', name: '合计', target, actual, lastWeek,
    // The team's rate from the columns as printed: 实际 of everyone over the targets set.
    completion: completionRate(actual.value, target),
    wow: weekOverWeek(actual.value, lastWeek.value),
    newCustomers: { ...addFigures(reps.map((r) => r.newCustomers)), customerIds: reps.flatMap((r) => r.newCustomers.customerIds) },
    followUps: addFigures(reps.map((r) => r.followUps)),
    quotes: addFigures(reps.map((r) => r.quotes)),
    won: addFigures(reps.map((r) => r.won)),
    amount: addFigures(reps.map((r) => r.amount), true),
    byMethod,
  };
};

const figuresFor = (input: WeeklyReportInput, week: WeekWindow, slices: Map<string, FollowUpDoc[]>, memberId: string): RepWeekFigures =>
  repWeekFigures({ memberId, week, utcOffsetMinutes: input.utcOffsetMinutes, slice: slices.get(memberId) ?? [], customers: input.customers, wonStageIds: input.wonStageIds });

/**
 * The 周报 of a week (Monday to Sunday on the team's calendar): per rep and for the team, 目标 / 实际 /
 * 完成率 / 上周 / 环比 of the template's target KPI (签约金额 by default), 新增客户, 跟进次数, 报价数, 签约数
 * and 金额, each with the rows behind it; each rep's 本周总结 / 问题与风险 / 下周计划 from the week's 日报;
 * and each rep's follow-ups of the week for the details sheet.
 */
export const buildWeeklyReport = (input: WeeklyReportInput): WeeklyReport => {
  const monday = weekStartOf(input.weekStart);
  const week = weekWindow(monday, input.utcOffsetMinutes);
  const previous = weekWindow(addDays(monday, -7), input.utcOffsetMinutes);
  const slices = sliceByRep(weekSlice(input.followUps, previous.start, week.end), previous.start);
  const creators = input.customers.filter((c) => !c.trashed && c.createdAt >= previous.start && c.createdAt < week.end).map((c) => c.ownerId);
  const members = lineMembers(input, new Set([...slices.keys(), ...creators]));
  const kpi = input.template.targetKpi;
  const model = normalizeReportTemplate(input.reportTemplate);
  const weekReports = input.reports.filter((r) => r.date >= week.monday && r.date <= week.sunday);
  const reps = members.map(({ id, name }): WeeklyRepReport => {
    const now = figuresFor(input, week, slices, id);
    const last = figuresFor(input, previous, slices, id);
    const line = row(id, name, input.template.targets[id] ?? null, now, last, kpi);
    return { ...line, sections: weeklySections(weekReports.filter((r) => r.memberId === id), model), details: now.rows };
  });
  return { week, isoWeek: isoWeekOf(monday), rangeText: weekRangeText(monday), targetKpi: kpi, reps, totals: totalsOf(reps, kpi) };
};
