import { addDays, startOfCalendarDate } from '../domain/calendarDate.ts';
import { datePresetRange } from './filterRows.ts';
import type { BuiltInViewId, GridLookups, GridRow, ViewContext } from './gridTypes.ts';

/** The built-in views in menu order: zh-CN name and the i18n key the renderer translates. */
export const builtInViews: readonly { id: BuiltInViewId; name: string; i18nKey: `grid.views.${BuiltInViewId}` }[] = [
  { id: 'mine', name: '我的跟进', i18nKey: 'grid.views.mine' },
  { id: 'dueToday', name: '今日待跟进', i18nKey: 'grid.views.dueToday' },
  { id: 'overdue', name: '已逾期', i18nKey: 'grid.views.overdue' },
  { id: 'newThisWeek', name: '本周新增', i18nKey: 'grid.views.newThisWeek' },
  { id: 'stalled7', name: '7天无进展', i18nKey: 'grid.views.stalled7' },
  { id: 'all', name: '全部', i18nKey: 'grid.views.all' },
  { id: 'trash', name: '回收站', i18nKey: 'grid.views.trash' },
];

/** Each customer's live follow-up with the latest 跟进时间 (ties: the greater id), found in one pass (今日 reads it too). */
export const latestByCustomer = (rows: readonly GridRow[]): Map<string, GridRow> => {
  const latest = new Map<string, GridRow>();
  for (const row of rows) {
    if (row.trashed) continue;
    const best = latest.get(row.customerId);
    if (!best || row.followedAt > best.followedAt || (row.followedAt === best.followedAt && row.id > best.id)) latest.set(row.customerId, row);
  }
  return latest;
};

/** DOMAIN.md: 下一步计划日期 before today and no later follow-up of that customer. */
const overdue = (rows: readonly GridRow[], ctx: ViewContext): GridRow[] => {
  const latest = latestByCustomer(rows);
  return rows.filter((r) => !r.trashed && r.nextDate !== '' && r.nextDate < ctx.today && r.followedAt >= (latest.get(r.customerId)?.followedAt ?? -Infinity));
};

/** Created Monday 00:00 … Sunday 24:00 of this week in the team's time zone. */
const newThisWeek = (rows: readonly GridRow[], ctx: ViewContext, lookups: GridLookups): GridRow[] => {
  const week = datePresetRange('thisWeek', ctx.today);
  const from = startOfCalendarDate(week?.from ?? ctx.today, lookups.utcOffsetMinutes);
  const to = startOfCalendarDate(addDays(week?.to ?? ctx.today, 1), lookups.utcOffsetMinutes);
  return rows.filter((r) => !r.trashed && r.createdAt >= from && r.createdAt < to);
};

/**
 * 7天无进展: one row per customer, its latest follow-up, when that was more than 7 days before today
 * (team calendar) and left the customer in an open stage.
 */
const stalled7 = (rows: readonly GridRow[], ctx: ViewContext, lookups: GridLookups): GridRow[] => {
  const latest = latestByCustomer(rows);
  const open = new Set(lookups.options.stages.filter((s) => s.kind === 'open').map((s) => s.id));
  const cutoff = startOfCalendarDate(addDays(ctx.today, -7), lookups.utcOffsetMinutes);
  return rows.filter((r) => latest.get(r.customerId) === r && r.followedAt < cutoff && open.has(r.stage));
};

/**
 * The rows of a built-in view, in input order. Pass every row of the table: 已逾期 and 7天无进展 look
 * at each customer's other follow-ups. Every view but 回收站 leaves trashed rows out.
 */
export const applyBuiltInView = (view: BuiltInViewId, rows: readonly GridRow[], ctx: ViewContext, lookups: GridLookups): GridRow[] => {
  switch (view) {
    case 'all': return rows.filter((r) => !r.trashed);
    case 'mine': return rows.filter((r) => !r.trashed && (r.ownerId === ctx.memberId || r.nextOwnerId === ctx.memberId));
    case 'dueToday': return rows.filter((r) => !r.trashed && r.nextDate === ctx.today);
    case 'overdue': return overdue(rows, ctx);
    case 'newThisWeek': return newThisWeek(rows, ctx, lookups);
    case 'stalled7': return stalled7(rows, ctx, lookups);
    case 'trash': return rows.filter((r) => r.trashed);
  }
};

