import type { TFunction } from 'i18next';
import type { CalendarDate } from '../../../../../shared/domain/calendarDate.ts';

/** A report's day as people say it (「12月3日」), from its 'YYYY-MM-DD'. */
export const reportDateLabel = (date: CalendarDate, t: TFunction): string => {
  const [, month = 0, day = 0] = date.split('-').map(Number);
  return t('comments.date', { month, day });
};
