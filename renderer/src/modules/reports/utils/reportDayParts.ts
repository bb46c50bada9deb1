import { weekdayOf, type CalendarDate } from '../../../../../shared/domain/calendarDate.ts';

export type WeekdayKey = 'd0' | 'd1' | 'd2' | 'd3' | 'd4' | 'd5' | 'd6';

/** Month, day and weekday key of a calendar date, for 「12月3日 周三」 and link titles. */
export const reportDayParts = (date: CalendarDate): { month: number; day: number; weekday: WeekdayKey } => {
  const [, m, d] = date.split('-').map(Number);
  return { month: m ?? 1, day: d ?? 1, weekday: `d${weekdayOf(date)}` as WeekdayKey };
};
