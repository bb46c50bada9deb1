import { addDays, type CalendarDate } from '../domain/calendarDate.ts';

const parts = (date: CalendarDate) => {
  const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
  return { y, m, d };
};

/**
 * The dates of the week starting `monday`, as a Chinese report heads them: 2026年11月30日—12月6日. The
 * end repeats only what changed: 2026年11月2日—8日 within a month, 2026年12月28日—2027年1月3日 across years.
 */
export const weekRangeText = (monday: CalendarDate): string => {
  const a = parts(monday);
  const b = parts(addDays(monday, 6));
  const end = b.y !== a.y ? `${b.y}年${b.m}月${b.d}日` : b.m !== a.m ? `${b.m}月${b.d}日` : `${b.d}日`;
  return `${a.y}年${a.m}月${a.d}日—${end}`;
};
