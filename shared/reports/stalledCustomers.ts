import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import { addDays, startOfCalendarDate, toCalendarDate, type CalendarDate } from '../domain/calendarDate.ts';
import type { StageOption } from '../domain/options.ts';
import { dayWindow } from './dayWindow.ts';

type Row = Pick<FollowUpDoc, 'id' | 'customerId' | 'followedAt' | 'stage' | 'ownerId' | 'trashed'>;

/** A customer with no follow-up for 7 days while in an open stage, as of a day; its latest follow-up is the row to open. */
export type StalledCustomer = {
  customerId: string;
  followUpId: string;
  /** Who wrote that latest follow-up (the grid's 7天无进展 view shows the same row). */
  memberId: string;
  stage: string;
  lastFollowedAt: number;
  /** Calendar days from the latest follow-up to the day looked at (≥ 8). */
  idleDays: number;
};

export type StalledCustomersInput = { followUps: readonly Row[]; stages: readonly StageOption[]; day: CalendarDate; utcOffsetMinutes: number };

const DAY_MS = 86_400_000;

/**
 * 7天无进展 as seen on `day` (follow-ups after that day are ignored, so a past day reads as it was):
 * the same rule as the grid's built-in view — the customer's latest follow-up is from before local
 * midnight of day − 7 and left it in an open stage. Oldest first.
 */
export const stalledCustomers = ({ followUps, stages, day, utcOffsetMinutes }: StalledCustomersInput): StalledCustomer[] => {
  const open = new Set(stages.filter((s) => s.kind === 'open').map((s) => s.id));
  const end = dayWindow(day, utcOffsetMinutes).end;
  const cutoff = startOfCalendarDate(addDays(day, -7), utcOffsetMinutes);
  const latest = new Map<string, Row>();
  for (const r of followUps) {
    if (r.trashed || r.followedAt >= end) continue;
    const best = latest.get(r.customerId);
    if (!best || r.followedAt > best.followedAt || (r.followedAt === best.followedAt && r.id > best.id)) latest.set(r.customerId, r);
  }
  const dayStart = startOfCalendarDate(day, 0);
  return [...latest.values()]
    .filter((r) => r.followedAt < cutoff && open.has(r.stage))
    .sort((a, b) => a.followedAt - b.followedAt || (a.id < b.id ? -1 : 1))
    .map((r) => ({
      customerId: r.customerId,
      followUpId: r.id,
      memberId: r.ownerId,
      stage: r.stage,
      lastFollowedAt: r.followedAt,
      idleDays: Math.round((dayStart - startOfCalendarDate(toCalendarDate(r.followedAt, utcOffsetMinutes), 0)) / DAY_MS),
    }));
};
