import { map } from 'rxjs';
import type { DailyReportDoc } from '../../../../../shared/db/schemas/dailyReportSchema.ts';
import type { CalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useObservable } from '../../../db/useObservable.ts';

/** The team's reports dated from `from` to `to` (inclusive), live, over the date index; drafts included. */
export const useReportsBetween = (from: CalendarDate, to: CalendarDate): DailyReportDoc[] | undefined => {
  const db = useDatabase();
  return useObservable(
    () =>
      db.dailyreports
        .find({ selector: { date: { $gte: from, $lte: to } } })
        .$.pipe(map((docs) => docs.map((d) => d.toMutableJSON()).filter((d) => !d.trashed))),
    [db, from, to],
  );
};
