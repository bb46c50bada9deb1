import type { TFunction } from 'i18next';
import { addDays, type CalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { isoWeekOf } from '../../../../../shared/weekly/isoWeekOf.ts';
import { weekRangeText } from '../../../../../shared/weekly/weekRangeText.ts';

/** 第49周（2026年11月30日—12月6日） in Chinese, as the workbook heads it; Week 49 (2026-11-30 – 2026-12-06) in English. */
export const weekHeading = (t: TFunction, language: string, monday: CalendarDate): string => {
  const range = language.startsWith('zh') ? weekRangeText(monday) : t('weekly.rangeDates', { from: monday, to: addDays(monday, 6) });
  return t('weekly.week', { week: isoWeekOf(monday).week, range });
};
