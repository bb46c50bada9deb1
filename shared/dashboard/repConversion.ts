import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import { conversionAnomalies, type ConversionAnomaly } from '../reports/conversionAnomalies.ts';
import { stageConversion, type ConversionCell } from '../reports/stageConversion.ts';
import type { DashboardIndex } from './dashboardIndex.ts';
import { windowRows, type DashboardFilter } from './dashboardFilter.ts';

export type RepConversion = { memberId: string; cell: ConversionCell; anomaly: ConversionAnomaly | null };
/** Stage s → next: the team's rate and each rep's, a rep far below the team carrying its anomaly. */
export type ConversionStep = { stage: string; next: string; team: ConversionCell; reps: RepConversion[] };

/**
 * The customers that have a follow-up in the period and their histories up to its end: everything
 * stageConversion needs (an entry in the period needs the row before it; "converted" looks up to the
 * end), without handing it the other 100,000 rows.
 */
const periodHistories = (index: DashboardIndex, filter: DashboardFilter): FollowUpDoc[] => {
  const { start, end } = filter.period;
  const touched = new Uint8Array(index.customerIds.length);
  const out: FollowUpDoc[] = [];
  for (const i of windowRows(index, start, end, { memberId: null, sourceId: filter.sourceId })) {
    const c = index.customer[i]!;
    if (touched[c]) continue;
    touched[c] = 1;
    for (let k = index.customerStart[c]!; k < index.customerStart[c + 1]!; k++) {
      const row = index.customerRows[k]!;
      if (index.at[row]! >= end) break;
      out.push(index.rows[row]!);
    }
  }
  return out;
};

/**
 * DOMAIN.md's stage conversion over the period, computed by shared/reports (the team view's very
 * function) and its anomaly rule (below the team by more than 30% with at least 5 entering). The team is
 * everyone from the chosen source; the member filter picks which reps are listed, not the team.
 */
export const repConversion = (index: DashboardIndex, filter: DashboardFilter): ConversionStep[] => {
  const conversions = stageConversion({ followUps: periodHistories(index, filter), stages: index.stages, from: filter.period.start, to: filter.period.end });
  const anomalies = new Map(conversionAnomalies(conversions).map((a) => [`${a.memberId}\u0000${a.stage}`, a]));
  return conversions.map(({ stage, next, team, byRep }) => ({
    stage, next, team,
    reps: [...byRep]
      .filter(([memberId]) => filter.memberId === null || memberId === filter.memberId)
      .map(([memberId, cell]) => ({ memberId, cell, anomaly: anomalies.get(`${memberId}\u0000${stage}`) ?? null })),
  }));
};
