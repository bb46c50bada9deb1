import type { CustomerDoc } from '../db/schemas/customerSchema.ts';
import { dailyReportId } from '../db/schemas/dailyReportSchema.ts';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import { toCalendarDate } from '../domain/calendarDate.ts';

/** One rep's day as the daily report sees it: DOMAIN.md's computed metrics and the customers worked on. */
export type DailyActivity = { metrics: Record<string, number>; customerIds: string[] };

export type DailyActivityOptions = { utcOffsetMinutes: number; /** The report template's metric ids. */ metricIds: readonly string[] };

/** Stage a follow-up can move a customer into → the metric that counts it. */
const STAGE_METRIC: Readonly<Record<string, string>> = { needs: 'needsConfirmed', quote: 'quotes', negotiation: 'negotiations', won: 'won' };
const METHOD_METRIC: Readonly<Record<string, string>> = { phone: 'calls', visit: 'visits', wechat: 'wechats', email: 'emails' };

const bump = (metrics: Record<string, number>, key: string | undefined, by = 1): void => {
  if (key) metrics[key] = (metrics[key] ?? 0) + by;
};

/**
 * Activity per rep-day, keyed like the report (dailyReportId). `followUps` must be in time order, so
 * "moved into a stage" can be read as "stage differs from the customer's previous follow-up".
 */
export const demoDailyActivity = (
  followUps: readonly FollowUpDoc[],
  customers: readonly CustomerDoc[],
  { utcOffsetMinutes, metricIds }: DailyActivityOptions,
): Map<string, DailyActivity> => {
  const days = new Map<string, DailyActivity>();
  const dayOf = (memberId: string, at: number): DailyActivity => {
    const key = dailyReportId(memberId, toCalendarDate(at, utcOffsetMinutes));
    const existing = days.get(key);
    if (existing) return existing;
    const fresh: DailyActivity = { metrics: Object.fromEntries(metricIds.map((id) => [id, 0])), customerIds: [] };
    days.set(key, fresh);
    return fresh;
  };
  for (const customer of customers) bump(dayOf(customer.ownerId, customer.createdAt).metrics, 'newLeads');
  const previousStage = new Map<string, string>();
  for (const f of followUps) {
    const day = dayOf(f.ownerId, f.followedAt);
    const previous = previousStage.get(f.customerId);
    bump(day.metrics, 'followUps');
    bump(day.metrics, METHOD_METRIC[f.method]);
    if (previous === undefined) bump(day.metrics, 'firstContacts');
    if (previous !== f.stage) bump(day.metrics, STAGE_METRIC[f.stage]);
    if (previous !== f.stage && f.stage === 'won') bump(day.metrics, 'wonAmount', f.amount ?? 0);
    if (!day.customerIds.includes(f.customerId)) day.customerIds.push(f.customerId);
    previousStage.set(f.customerId, f.stage);
  }
  // Sums of amounts with fen would otherwise carry binary noise (0.1 + 0.2).
  for (const day of days.values()) day.metrics.wonAmount = Math.round((day.metrics.wonAmount ?? 0) * 100) / 100;
  return days;
};
