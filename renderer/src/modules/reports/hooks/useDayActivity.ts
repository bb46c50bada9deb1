import { combineLatest, distinctUntilChanged, map, of, switchMap, type Observable } from 'rxjs';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../../../../../shared/db/schemas/followUpSchema.ts';
import type { CalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { dailyMetrics, type DailyMetrics } from '../../../../../shared/reports/dailyMetrics.ts';
import { dayWindow } from '../../../../../shared/reports/dayWindow.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useObservable } from '../../../db/useObservable.ts';
import { customerHistoryQuery, repDayQuery } from '../utils/dayQueries.ts';

/** A rep's day as its report computes it: the numbers, and the rep's follow-ups of that day (for links). */
export type DayActivity = { metrics: DailyMetrics; dayFollowUps: FollowUpDoc[] };

export type DayActivityArgs = { memberId: string; day: CalendarDate; utcOffsetMinutes: number; wonStageIds: readonly string[] };

const plain = <T,>(docs: readonly { toMutableJSON: () => T }[]): T[] => docs.map((d) => d.toMutableJSON());

/**
 * Reads only what the day needs, each over an index: the rep's follow-ups in the day window
 * (ownerId + inverted time), then each touched customer's earlier follow-ups (customerId + time) to tell
 * a first contact and a stage move. Live: any of those rows changing recomputes the numbers.
 */
export const dayActivity$ = (db: SalesDeskDatabase, args: DayActivityArgs): Observable<DayActivity> => {
  const { memberId, day, utcOffsetMinutes, wonStageIds } = args;
  const { start, end } = dayWindow(day, utcOffsetMinutes);
  const mine$ = db.followups.find(repDayQuery(memberId, start, end)).$.pipe(map((docs) => plain<FollowUpDoc>(docs)));
  const history$ = (customerId: string) => db.followups.find(customerHistoryQuery(customerId, end)).$.pipe(map((docs) => plain<FollowUpDoc>(docs)));
  const histories$ = mine$.pipe(
    map((rows) => [...new Set(rows.filter((r) => !r.trashed && r.customerId !== '').map((r) => r.customerId))].sort().join('\n')),
    distinctUntilChanged(),
    switchMap((key) => (key === '' ? of<FollowUpDoc[][]>([]) : combineLatest(key.split('\n').map(history$)))),
  );
  // 新增线索: customers the rep created that day. No index fits; the customer list is small next to follow-ups.
  const leads$ = db.customers
    .find({ selector: { createdBy: memberId, createdAt: { $gte: start, $lt: end } } })
    .$.pipe(map((docs) => plain<CustomerDoc>(docs)));
  return combineLatest([mine$, histories$, leads$]).pipe(
    map(([mine, histories, leads]) => {
      const byId = new Map<string, FollowUpDoc>();
      for (const f of [...histories.flat(), ...mine]) byId.set(f.id, f);
      const metrics = dailyMetrics({ memberId, day, utcOffsetMinutes, followUps: [...byId.values()], customers: leads, wonStageIds });
      return { metrics, dayFollowUps: mine.filter((f) => !f.trashed) };
    }),
  );
};

/** The day's numbers of one rep, live; undefined while the first read runs. */
export const useDayActivity = (args: DayActivityArgs): DayActivity | undefined => {
  const db = useDatabase();
  const { memberId, day, utcOffsetMinutes, wonStageIds } = args;
  const wonKey = wonStageIds.join(',');
  return useObservable(() => dayActivity$(db, { memberId, day, utcOffsetMinutes, wonStageIds: wonKey ? wonKey.split(',') : [] }), [db, memberId, day, utcOffsetMinutes, wonKey]);
};
