import { toCalendarDate } from '../domain/calendarDate.ts';
import { applyBuiltInView, latestByCustomer } from '../grid/builtInViews.ts';
import type { GridLookups, GridRow, ViewContext } from '../grid/gridTypes.ts';
import { daysBetween } from './daysBetween.ts';
import { neverRecontacted } from './neverRecontacted.ts';
import { planTime } from './planTime.ts';
import type { MyDay, TodayItem } from './todayTypes.ts';

export type MyDayInput = {
  /** Whose day: the signed-in member, or the one a manager picked. */
  memberId: string;
  /** The team's today and now (ViewContext, as the grid's views take it). */
  ctx: ViewContext;
  lookups: GridLookups;
  /** 客户负责人 by customer id; a customer missing here belongs to its latest follow-up's 责任人. */
  customerOwners: ReadonlyMap<string, string>;
};

const item = (row: GridRow, input: MyDayInput, days: number, done = false): TodayItem => ({
  rowId: row.id,
  customerId: row.customerId,
  customerName: input.lookups.customers.get(row.customerId)?.name ?? '',
  what: row.nextAction.trim() || row.summary.trim(),
  nextDate: row.nextDate,
  time: planTime(row.nextAction),
  days,
  followedAt: row.followedAt,
  stage: row.stage,
  done,
});

/** One collator for every comparison: localeCompare with a locale argument builds one per call. */
const byName = new Intl.Collator('zh-CN').compare;
const byTime = (a: TodayItem, b: TodayItem) => Number(a.done) - Number(b.done) || (a.time ?? '99').localeCompare(b.time ?? '99') || byName(a.customerName, b.customerName);
const lateFirst = (a: TodayItem, b: TodayItem) => b.days - a.days || byName(a.customerName, b.customerName);

/**
 * The four lists of a member's 今日, from every follow-up of the team. The rows come from the grid's own
 * built-in views (今日待跟进, 已逾期, 7天无进展: same definitions, same code) and DOMAIN.md's never
 * re-contacted leads; then only this member's, and never a customer whose latest follow-up closed the
 * deal (won or lost). A customer with several plans for today is one line, its latest plan's. A
 * never re-contacted lead is usually also 7天无进展; it is listed once, as the
 * former (the sharper warning).
 * Whose is what: a plan (due today, overdue) belongs to its 下一步负责人, else its 责任人; a customer
 * (never re-contacted, stalled) to its 负责人.
 */
/**
 * Every row of each customer this member has anything to do with (a plan, a follow-up, the account):
 * every list below looks at a customer's rows only, so working on these gives the same answer as on
 * the whole table, at a fraction of the cost (100,000 rows, nine reps).
 */
const rowsOfMyCustomers = (rows: readonly GridRow[], input: MyDayInput): GridRow[] => {
  const mine = new Set<string>();
  for (const [customerId, ownerId] of input.customerOwners) if (ownerId === input.memberId) mine.add(customerId);
  for (const r of rows) if (r.ownerId === input.memberId || r.nextOwnerId === input.memberId) mine.add(r.customerId);
  return rows.filter((r) => mine.has(r.customerId));
};

export const selectMyDay = (allRows: readonly GridRow[], input: MyDayInput): MyDay => {
  const { ctx, lookups, memberId } = input;
  const rows = rowsOfMyCustomers(allRows, input);
  const latest = latestByCustomer(rows);
  const closed = new Set(lookups.options.stages.filter((s) => s.kind === 'won' || s.kind === 'lost').map((s) => s.id));
  const open = (r: GridRow) => !closed.has(latest.get(r.customerId)?.stage ?? r.stage);
  const planMine = (r: GridRow) => (r.nextOwnerId || r.ownerId) === memberId && open(r);
  const customerMine = (r: GridRow) => (input.customerOwners.get(r.customerId) ?? latest.get(r.customerId)?.ownerId) === memberId && open(r);
  const sinceLast = (r: GridRow) => daysBetween(toCalendarDate(r.followedAt, lookups.utcOffsetMinutes), ctx.today);
  // Followed up again today, after this plan was made: the plan is done.
  const doneToday = (r: GridRow) => {
    const last = latest.get(r.customerId);
    return !!last && last.followedAt > r.followedAt && toCalendarDate(last.followedAt, lookups.utcOffsetMinutes) === ctx.today;
  };
  const never = neverRecontacted(rows, ctx, lookups).filter(customerMine);
  const neverIds = new Set(never.map((r) => r.customerId));
  return {
    dueToday: [...latestByCustomer(applyBuiltInView('dueToday', rows, ctx, lookups).filter(planMine)).values()].map((r) => item(r, input, 0, doneToday(r))).sort(byTime),
    overdue: applyBuiltInView('overdue', rows, ctx, lookups).filter(planMine).map((r) => item(r, input, daysBetween(r.nextDate, ctx.today))).sort(lateFirst),
    neverRecontacted: never.map((r) => item(r, input, sinceLast(r))).sort(lateFirst),
    stalled: applyBuiltInView('stalled7', rows, ctx, lookups).filter((r) => customerMine(r) && !neverIds.has(r.customerId)).map((r) => item(r, input, sinceLast(r))).sort(lateFirst),
  };
};
