import type { CustomerDoc } from '../db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import { dailyMetrics } from '../reports/dailyMetrics.ts';
import { addFigures, cents, figure, type WeeklyFigure } from './weeklyFigure.ts';
import type { WeekWindow } from './weekWindow.ts';

/** A rep's counted week: each number with its rows, the count per 跟进方式, and the week's rows in time order. */
export type RepWeekFigures = {
  /** 新增客户: customers the rep owns that were created this week; the rows are the rep's follow-ups of them. */
  newCustomers: WeeklyFigure & { customerIds: string[] };
  followUps: WeeklyFigure;
  quotes: WeeklyFigure;
  won: WeeklyFigure;
  amount: WeeklyFigure;
  /** 跟进方式 option id → follow-ups, every method (the chart), not only the four the 日报 counts. */
  byMethod: Record<string, number>;
  rows: FollowUpDoc[];
};

export type RepWeekInput = {
  memberId: string;
  week: WeekWindow;
  utcOffsetMinutes: number;
  /** weekSlice's rows of the customers this rep touched (the rep's rows and teammates' on those customers). */
  slice: readonly FollowUpDoc[];
  customers: readonly Pick<CustomerDoc, 'id' | 'ownerId' | 'createdAt' | 'trashed'>[];
  wonStageIds: readonly string[];
};

/**
 * The week as the sum of its seven 日报 days: 跟进次数, 报价数 (moves into 方案报价) and 签约数 / 金额 (moves
 * into a won stage, one per customer per day) come from dailyMetrics day by day, so a manager adding up the
 * rep's daily reports gets the same numbers as the 周报.
 */
export const repWeekFigures = (input: RepWeekInput): RepWeekFigures => {
  const { memberId, week, utcOffsetMinutes, slice, wonStageIds } = input;
  const days = week.days.map((day) => dailyMetrics({ memberId, day, utcOffsetMinutes, followUps: slice, customers: [], wonStageIds }));
  const rowIds = new Set(days.flatMap((d) => d.followUps.ids));
  const rows = slice.filter((f) => rowIds.has(f.id)).sort((a, b) => a.followedAt - b.followedAt || (a.id < b.id ? -1 : 1));
  const byMethod: Record<string, number> = {};
  for (const f of rows) byMethod[f.method] = (byMethod[f.method] ?? 0) + 1;
  const customerIds = input.customers
    .filter((c) => !c.trashed && c.ownerId === memberId && c.createdAt >= week.start && c.createdAt < week.end)
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
    .map((c) => c.id);
  const created = new Set(customerIds);
  return {
    newCustomers: { ...figure(rows.filter((f) => created.has(f.customerId)).map((f) => f.id), customerIds.length), customerIds },
    followUps: figure(rows.map((f) => f.id)),
    quotes: addFigures(days.map((d) => figure(d.quote.ids))),
    won: addFigures(days.map((d) => figure(d.won.ids))),
    amount: addFigures(days.map((d) => figure(d.won.ids, cents(d.won.amount))), true),
    byMethod,
    rows,
  };
};
