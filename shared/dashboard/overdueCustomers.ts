import { addDays, startOfCalendarDate, type CalendarDate } from '../domain/calendarDate.ts';
import type { DashboardIndex } from './dashboardIndex.ts';
import type { DashboardClock, DashboardFilter } from './dashboardFilter.ts';

/** A customer whose plan is overdue: its latest follow-up, whose plan that is, and how many days late. */
export type OverdueCustomer = { customerId: string; followUpId: string; ownerId: string; nextDate: CalendarDate; nextAction: string; daysOverdue: number };
export type OverdueCustomers = { top: OverdueCustomer[]; total: number; ids: string[]; asOf: CalendarDate };

const DAY_MS = 86_400_000;

/**
 * DOMAIN.md's overdue follow-up, per customer (the grid's 已逾期): the customer's latest follow-up has
 * a 下一步计划日期 before the day looked at — today, or the period's last day when the period is past
 * (later follow-ups are not known yet then). The plan belongs to its 下一步负责人, else the 责任人, as on
 * 今日; the member filter picks by that. The most overdue first (then the older follow-up).
 */
export const overdueCustomers = (index: DashboardIndex, filter: DashboardFilter, clock: DashboardClock, limit = 10): OverdueCustomers => {
  const asOf = filter.period.to < clock.today ? filter.period.to : clock.today;
  const until = startOfCalendarDate(addDays(asOf, 1), clock.utcOffsetMinutes);
  const asOfDay = startOfCalendarDate(asOf, 0);
  const member = filter.memberId === null ? -1 : (index.memberIndex.get(filter.memberId) ?? -2);
  const found: (OverdueCustomer & { at: number })[] = [];
  for (let c = 0; c < index.customerIds.length; c++) {
    if (filter.sourceId !== null && index.customers[c]?.source !== filter.sourceId) continue;
    let k = index.customerStart[c + 1]! - 1;
    while (k >= index.customerStart[c]! && index.at[index.customerRows[k]!]! >= until) k--;
    if (k < index.customerStart[c]!) continue;
    const i = index.customerRows[k]!;
    const row = index.rows[i]!;
    if (row.nextDate === '' || row.nextDate >= asOf || (member !== -1 && index.planOwner[i] !== member)) continue;
    const daysOverdue = Math.round((asOfDay - startOfCalendarDate(row.nextDate, 0)) / DAY_MS);
    found.push({ customerId: row.customerId, followUpId: row.id, ownerId: index.memberIds[index.planOwner[i]!]!, nextDate: row.nextDate, nextAction: row.nextAction, daysOverdue, at: row.followedAt });
  }
  found.sort((a, b) => b.daysOverdue - a.daysOverdue || a.at - b.at || (a.followUpId < b.followUpId ? -1 : 1));
  return { top: found.slice(0, limit).map(({ at: _at, ...o }) => o), total: found.length, ids: found.map((o) => o.followUpId), asOf };
};
