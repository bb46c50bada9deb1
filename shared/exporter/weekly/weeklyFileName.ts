import type { CalendarDate } from '../../domain/calendarDate.ts';

/** The file a 周报 is saved as: 销售周报_第49周_2026-11-30.xlsx (the week's number and its Monday). */
export const weeklyFileName = (weekNumber: number, weekStart: CalendarDate): string => `销售周报_第${weekNumber}周_${weekStart}.xlsx`;
