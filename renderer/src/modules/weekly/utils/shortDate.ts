import type { CalendarDate } from '../../../../../shared/domain/calendarDate.ts';

/** 12/1: a day of the week being reported, as the sections name it. */
export const shortDate = (date: CalendarDate): string => `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`;
