import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import type { DailyReportDoc } from '../../../../../shared/db/schemas/dailyReportSchema.ts';
import type { FollowUpDoc } from '../../../../../shared/db/schemas/followUpSchema.ts';
import type { CalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { dailyMetrics } from '../../../../../shared/reports/dailyMetrics.ts';

/** The few numbers a team-view card shows of a rep's day. */
export type KeyNumbers = { followUps: number; newLeads: number; quotes: number; won: number; wonAmount: number; live: boolean };

export type KeyNumbersInput = {
  report: DailyReportDoc | undefined;
  memberId: string;
  date: CalendarDate;
  utcOffsetMinutes: number;
  followUps: readonly FollowUpDoc[] | undefined;
  customers: readonly CustomerDoc[] | undefined;
};

/**
 * A submitted report shows the numbers frozen when it was sent (what the rep signed off); an unsent one
 * shows the day so far, computed from the follow-ups by the report's own formulas (DOMAIN.md).
 */
export const keyNumbers = ({ report, memberId, date, utcOffsetMinutes, followUps, customers }: KeyNumbersInput): KeyNumbers | null => {
  if (report?.status === 'submitted') {
    const m = report.metrics;
    return { followUps: m['followUps'] ?? 0, newLeads: m['newLeads'] ?? 0, quotes: m['quotes'] ?? 0, won: m['won'] ?? 0, wonAmount: m['wonAmount'] ?? 0, live: false };
  }
  if (!followUps || !customers) return null;
  const d = dailyMetrics({ memberId, day: date, utcOffsetMinutes, followUps, customers });
  return { followUps: d.followUps.count, newLeads: d.newLeads.count, quotes: d.quote.count, won: d.won.count, wonAmount: d.won.amount, live: true };
};
