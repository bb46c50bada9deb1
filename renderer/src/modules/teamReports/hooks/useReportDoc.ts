import { map } from 'rxjs';
import { dailyReportId, type DailyReportDoc } from '../../../../../shared/db/schemas/dailyReportSchema.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useObservable } from '../../../db/useObservable.ts';

/** One rep's report document for a day, live; null when none exists (or it is in the recycle bin). */
export const useReportDoc = (memberId: string, date: string): DailyReportDoc | null | undefined => {
  const db = useDatabase();
  return useObservable(
    () => db.dailyreports.findOne(dailyReportId(memberId, date)).$.pipe(map((d) => (d && !d.trashed ? d.toMutableJSON() : null))),
    [db, memberId, date],
  );
};
