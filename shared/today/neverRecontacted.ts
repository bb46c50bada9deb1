import { addDays, startOfCalendarDate } from '../domain/calendarDate.ts';
import type { GridLookups, GridRow, ViewContext } from '../grid/gridTypes.ts';

/**
 * DOMAIN.md's never re-contacted lead: a customer with exactly one follow-up, older than 3 days, not
 * closed. "Older than 3 days" is on the team calendar, as 7天无进展 counts: followed up before the
 * start of the day three days ago. Closed = a won or lost stage. Returns that one follow-up per customer,
 * in input order; trashed follow-ups do not count.
 */
export const neverRecontacted = (rows: readonly GridRow[], ctx: ViewContext, lookups: GridLookups): GridRow[] => {
  const only = new Map<string, GridRow | null>();
  for (const row of rows) {
    if (row.trashed) continue;
    only.set(row.customerId, only.has(row.customerId) ? null : row);
  }
  const closed = new Set(lookups.options.stages.filter((s) => s.kind === 'won' || s.kind === 'lost').map((s) => s.id));
  const cutoff = startOfCalendarDate(addDays(ctx.today, -3), lookups.utcOffsetMinutes);
  return rows.filter((r) => only.get(r.customerId) === r && r.followedAt < cutoff && !closed.has(r.stage));
};
