import type { CustomerDoc } from '../db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import type { CalendarDate } from '../domain/calendarDate.ts';
import { dayWindow } from './dayWindow.ts';
import { precedingFollowUps } from './precedingFollowUps.ts';

/** Which grid a number's ids open: 客户 rows or 跟进记录 rows. */
export type MetricRows = 'customers' | 'followUps';
/** One computed number and the rows behind it, so the report can make it clickable. */
export type DailyMetric = { count: number; rows: MetricRows; ids: string[] };
/** The four 跟进方式 the daily report counts (option ids of defaultOptionLists). */
export type ReportMethod = 'phone' | 'visit' | 'wechat' | 'email';

export type DailyMetrics = {
  /** 新增线索: customers R created on D. */
  newLeads: DailyMetric;
  /** 首轮沟通: R's follow-ups on D that were the customer's first ever (by anyone). */
  firstContacts: DailyMetric;
  /** 需求确认 / 方案报价 / 合同谈判: R's follow-ups on D that moved the customer into that stage. */
  needs: DailyMetric;
  quote: DailyMetric;
  negotiation: DailyMetric;
  /** 跟进推进: all R's follow-ups on D. */
  followUps: DailyMetric;
  /** 成交签约: customers R moved to won on D; ids are the moving follow-ups (one per customer), amount their sum. */
  won: DailyMetric & { amount: number };
  byMethod: Record<ReportMethod, DailyMetric>;
};

export type DailyMetricsInput = {
  memberId: string;
  day: CalendarDate;
  utcOffsetMinutes: number;
  /** All the team's follow-ups, any order; trashed ones are ignored. */
  followUps: readonly FollowUpDoc[];
  customers: readonly Pick<CustomerDoc, 'id' | 'createdAt' | 'createdBy' | 'ownerId' | 'trashed'>[];
  /** Stage ids of kind 'won' (an admin may add more); DOMAIN.md's default list has one. */
  wonStageIds?: readonly string[];
};

const metric = (rows: MetricRows, ids: string[]): DailyMetric => ({ count: ids.length, rows, ids });
const followUpMetric = (list: readonly FollowUpDoc[]): DailyMetric => metric('followUps', list.map((f) => f.id));

/** A customer moved to won twice on D (won → lost → won) counts once: keep its last winning follow-up. */
const wonMetric = (moves: readonly FollowUpDoc[], wonStageIds: readonly string[]): DailyMetrics['won'] => {
  const lastWinByCustomer = new Map<string, FollowUpDoc>();
  for (const f of moves) if (wonStageIds.includes(f.stage)) lastWinByCustomer.set(f.customerId, f);
  const wins = [...lastWinByCustomer.values()];
  return { ...followUpMetric(wins), amount: wins.reduce((sum, f) => sum + (f.amount ?? 0), 0) };
};

/** DOMAIN.md "Daily report: what is computed": the numbers of rep R's day D, from the team's data. */
export const dailyMetrics = (input: DailyMetricsInput): DailyMetrics => {
  const { start, end } = dayWindow(input.day, input.utcOffsetMinutes);
  const onDay = (instant: number): boolean => instant >= start && instant < end;
  const live = input.followUps.filter((f) => !f.trashed);
  const previous = precedingFollowUps(live);
  const mine = live
    .filter((f) => f.ownerId === input.memberId && onDay(f.followedAt))
    .sort((a, b) => a.followedAt - b.followedAt || (a.id < b.id ? -1 : 1));
  // A stage "move" is a follow-up whose stage differs from the customer's previous one (or that has none before it).
  const moves = mine.filter((f) => previous.get(f.id)?.stage !== f.stage);
  const movedInto = (stage: string): DailyMetric => followUpMetric(moves.filter((f) => f.stage === stage));
  const newLeads = input.customers
    .filter((c) => !c.trashed && c.createdBy === input.memberId && onDay(c.createdAt))
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((c) => c.id);
  const by = (method: ReportMethod): DailyMetric => followUpMetric(mine.filter((f) => f.method === method));
  return {
    newLeads: metric('customers', newLeads),
    firstContacts: followUpMetric(mine.filter((f) => previous.get(f.id) === null)),
    needs: movedInto('needs'),
    quote: movedInto('quote'),
    negotiation: movedInto('negotiation'),
    followUps: followUpMetric(mine),
    won: wonMetric(moves, input.wonStageIds ?? ['won']),
    byMethod: { phone: by('phone'), visit: by('visit'), wechat: by('wechat'), email: by('email') },
  };
};
