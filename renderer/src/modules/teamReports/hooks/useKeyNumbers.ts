import { useMemo } from 'react';
import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../../../../../shared/db/schemas/followUpSchema.ts';
import type { TeamDayRow } from '../../../../../shared/reports/teamDayRows.ts';
import { keyNumbers, type KeyNumbers } from '../utils/keyNumbers.ts';

/**
 * Each card's numbers by member id. Unsent reports are computed from every follow-up, so this runs only
 * when the follow-ups, the day or someone's report changes, not on every minute's tick of the clock.
 */
export const useKeyNumbers = (rows: readonly TeamDayRow[], followUps: readonly FollowUpDoc[] | undefined, customers: readonly CustomerDoc[] | undefined, date: string, utcOffsetMinutes: number): Map<string, KeyNumbers | null> => {
  const key = rows.map((r) => `${r.member.id}:${r.report?.status ?? ''}:${r.report?.updatedAt ?? 0}`).join(',');
  return useMemo(
    () => new Map(rows.map((r) => [r.member.id, keyNumbers({ report: r.report, memberId: r.member.id, date, utcOffsetMinutes, followUps, customers })])),
    // rows is read through `key`: a new array with the same reports needs no recount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, followUps, customers, date, utcOffsetMinutes],
  );
};
