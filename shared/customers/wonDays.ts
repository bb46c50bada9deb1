import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import { toCalendarDate, type CalendarDate } from '../domain/calendarDate.ts';
import type { StageOption } from '../domain/options.ts';

type Touch = Pick<FollowUpDoc, 'customerId' | 'followedAt' | 'stage' | 'trashed'>;

/**
 * The days each customer was won: each follow-up that moved it into a won stage from any other
 * (its first follow-up counts when already won), on the team's calendar — what grading accuracy
 * checks an A grade against.
 */
export const wonDaysByCustomer = (followUps: Iterable<Touch>, stages: readonly StageOption[], utcOffsetMinutes: number): Map<string, CalendarDate[]> => {
  const won = new Set(stages.filter((s) => s.kind === 'won').map((s) => s.id));
  const sorted = [...followUps].filter((f) => !f.trashed).sort((a, b) => a.followedAt - b.followedAt);
  const last = new Map<string, string>();
  const days = new Map<string, CalendarDate[]>();
  for (const f of sorted) {
    const before = last.get(f.customerId);
    last.set(f.customerId, f.stage);
    if (!won.has(f.stage) || (before !== undefined && won.has(before))) continue;
    days.set(f.customerId, [...(days.get(f.customerId) ?? []), toCalendarDate(f.followedAt, utcOffsetMinutes)]);
  }
  return days;
};
