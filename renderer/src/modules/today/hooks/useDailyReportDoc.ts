import { map } from 'rxjs';
import { dailyReportId, type DailyReportDoc } from '../../../../../shared/db/schemas/dailyReportSchema.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useObservable } from '../../../db/useObservable.ts';

/** One member's report for a day (id `${memberId}_${date}`), live: null when none was started, undefined while loading. */
export const useDailyReportDoc = (memberId: string, date: string): DailyReportDoc | null | undefined => {
  const db = useDatabase();
  return useObservable(() => db.dailyreports.findOne(dailyReportId(memberId, date)).$.pipe(map((d) => (d ? d.toMutableJSON() : null))), [db, memberId, date]);
};
