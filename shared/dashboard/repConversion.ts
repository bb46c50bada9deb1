import { conversionAnomalies, type ConversionAnomaly } from '../reports/conversionAnomalies.ts';
import { stageConversion, type ConversionCell } from '../reports/stageConversion.ts';
import { addDays } from '../domain/calendarDate.ts';
import { CONVERSION_PERIOD_DAYS } from '../reports/teamAnomalies.ts';
import type { DashboardIndex, DashboardRow } from './dashboardIndex.ts';
import { windowRows, type DashboardClock, type DashboardFilter } from './dashboardFilter.ts';
import { periodDays, periodOfDays, type DashboardPeriod } from './dashboardPeriod.ts';

export type RepConversion = { memberId: string; cell: ConversionCell; anomaly: ConversionAnomaly | null };
/** Stage s → next: the team's rate and each rep's, a rep far below the team carrying its anomaly. */
export type ConversionStep = { stage: string; next: string; team: ConversionCell; reps: RepConversion[] };
export type RepConversions = { window: DashboardPeriod; steps: ConversionStep[] };

/**
 * The days conversion is measured over: the period itself when it spans at least the team view's 30
 * days, else the 30 days ending with its last day (never after today). A week is too short for a
 * customer to move on, and so the 看板's warnings for 本周 are the team view's warnings for today.
 */
export const conversionWindow = (period: DashboardPeriod, clock: DashboardClock): DashboardPeriod => {
  const last = period.to < clock.today ? period.to : clock.today;
  if (periodDays(period) >= CONVERSION_PERIOD_DAYS) return period;
  return periodOfDays('custom', addDays(last, 1 - CONVERSION_PERIOD_DAYS), last, clock.utcOffsetMinutes);
};

/**
 * What stageConversion needs to see for the customers with a follow-up in the window, and no more: each
 * one's rows in the window plus the row just before it (an entry is a row whose stage differs from the
 * one before; "converted" looks only at later rows up to the window's end). The rest of their history
 * cannot change the result, and leaving it out spares a sort of most of 100,000 rows.
 */
const windowHistories = (index: DashboardIndex, { start, end }: DashboardPeriod, filter: DashboardFilter): DashboardRow[] => {
  const touched = new Uint8Array(index.customerIds.length);
  const out: DashboardRow[] = [];
  for (const i of windowRows(index, start, end, { memberId: null, sourceId: filter.sourceId })) {
    const c = index.customer[i]!;
    if (touched[c]) continue;
    touched[c] = 1;
    const first = index.customerStart[c]!;
    let k = first;
    while (k < index.customerStart[c + 1]! && index.at[index.customerRows[k]!]! < start) k++;
    for (k = Math.max(first, k - 1); k < index.customerStart[c + 1]! && index.at[index.customerRows[k]!]! < end; k++) out.push(index.rows[index.customerRows[k]!]!);
  }
  return out;
};

/**
 * DOMAIN.md's stage conversion over the window, computed by shared/reports (the team view's very
 * function) and its anomaly rule (below the team by more than 30% with at least 5 entering). The team is
 * everyone from the chosen source; the member filter picks which reps are listed, not the team.
 */
export const repConversion = (index: DashboardIndex, filter: DashboardFilter, clock: DashboardClock): RepConversions => {
  const window = conversionWindow(filter.period, clock);
  const conversions = stageConversion({ followUps: windowHistories(index, window, filter), stages: index.stages, from: window.start, to: window.end });
  const anomalies = new Map(conversionAnomalies(conversions).map((a) => [`${a.memberId}\u0000${a.stage}`, a]));
  const steps = conversions.map(({ stage, next, team, byRep }) => ({
    stage, next, team,
    reps: [...byRep]
      .filter(([memberId]) => filter.memberId === null || memberId === filter.memberId)
      .map(([memberId, cell]) => ({ memberId, cell, anomaly: anomalies.get(`${memberId}\u0000${stage}`) ?? null })),
  }));
  return { window, steps };
};
