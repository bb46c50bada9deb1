import { toCalendarDate } from '../domain/calendarDate.ts';
import type { ViewContext } from '../grid/gridTypes.ts';

/** Who looks, and "today" on the team's calendar at `now` (not the desktop's own time zone). */
export const dayContext = (memberId: string, now: number, utcOffsetMinutes: number): ViewContext => ({
  memberId,
  today: toCalendarDate(now, utcOffsetMinutes),
  now,
});
