import { useMemo } from 'react';
import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../../../../../shared/db/schemas/followUpSchema.ts';
import type { CalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import type { StageOption } from '../../../../../shared/domain/options.ts';
import { teamAnomalies, type TeamAnomaly } from '../../../../../shared/reports/teamAnomalies.ts';

export type AnomalyInput = {
  followUps: readonly FollowUpDoc[] | undefined;
  customers: readonly CustomerDoc[] | undefined;
  stages: readonly StageOption[] | undefined;
  day: CalendarDate;
  utcOffsetMinutes: number;
  repIds: readonly string[];
};

/** The day's warnings for the team's reps (undefined while the follow-ups load), recomputed only when their inputs change. */
export const useTeamAnomalies = ({ followUps, customers, stages, day, utcOffsetMinutes, repIds }: AnomalyInput): TeamAnomaly[] | undefined => {
  const key = repIds.join(',');
  return useMemo(() => {
    if (!followUps || !customers || !stages) return undefined;
    return teamAnomalies({ followUps, customers, stages, day, utcOffsetMinutes, memberIds: new Set(key.split(',')) });
  }, [followUps, customers, stages, day, utcOffsetMinutes, key]);
};
