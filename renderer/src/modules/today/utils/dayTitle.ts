import type { TFunction } from 'i18next';
import { weekdayOf } from '../../../../../shared/domain/calendarDate.ts';

const weekdays = ['0', '1', '2', '3', '4', '5', '6'] as const;

/** 「11月24日 星期二」 for a team calendar date. */
export const dayTitle = (t: TFunction, date: string): string => {
  const [, month = '', day = ''] = date.split('-');
  return t('today.date', { month: Number(month), day: Number(day), weekday: t(`today.weekdays.${weekdays[weekdayOf(date)] ?? '0'}`) });
};
