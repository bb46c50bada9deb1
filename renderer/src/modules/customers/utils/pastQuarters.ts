import type { Quarter } from '../../../../../shared/customers/gradingAccuracy.ts';
import type { CalendarDate } from '../../../../../shared/domain/calendarDate.ts';

/** The `count` quarters that ended before `today`, newest first. */
export const pastQuarters = (today: CalendarDate, count: number): Quarter[] => {
  const [y = 1970, m = 1] = today.split('-').map(Number);
  let year = y;
  let quarter = Math.ceil(m / 3) - 1;
  const list: Quarter[] = [];
  for (let i = 0; i < count; i++) {
    if (quarter === 0) {
      year -= 1;
      quarter = 4;
    }
    list.push({ year, quarter: quarter as Quarter['quarter'] });
    quarter -= 1;
  }
  return list;
};
