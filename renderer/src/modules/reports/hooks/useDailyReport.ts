import { map } from 'rxjs';
import { dailyReportId } from '../../../../../shared/db/schemas/dailyReportSchema.ts';
import type { DailyReportFields } from '../../../../../shared/reports/dailyReportFields.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useObservable } from '../../../db/useObservable.ts';

/** One rep's report for a day, live (a teammate's desktop or the hub may change it): null when none exists. */
export const useDailyReport = (memberId: string, date: string): DailyReportFields | null | undefined => {
  const db = useDatabase();
  return useObservable(
    () => db.dailyreports.findOne(dailyReportId(memberId, date)).$.pipe(map((d) => (d && !d.trashed ? d.toMutableJSON() : null))),
    [db, memberId, date],
  );
};
