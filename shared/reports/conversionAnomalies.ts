import type { ConversionCell, StageConversion } from './stageConversion.ts';

/** DOMAIN.md defaults: below the team by more than 30% (relative), with at least 5 customers entering. */
export const CONVERSION_GAP_PERCENT = 30;
export const CONVERSION_MIN_ENTERED = 5;

/** One rep far below the team at one stage, with both sides' numbers for the tooltip. */
export type ConversionAnomaly = {
  kind: 'conversion';
  memberId: string;
  stage: string;
  next: string;
  rep: ConversionCell;
  team: ConversionCell;
  /** How far below the team, relative: (team − rep) ÷ team, 0…1. */
  gap: number;
};

export type ConversionAnomalyOptions = { gapPercent?: number; minEntered?: number };

/**
 * Reps whose conversion at a stage is below the team's by more than the threshold. Compared in whole
 * numbers (rep.c × team.e × 100 < (100 − gap) × team.c × rep.e), so a gap of exactly 30% is not flagged
 * by a rounding error. A team rate of 0 leaves nothing to fall below.
 */
export const conversionAnomalies = (conversions: readonly StageConversion[], options: ConversionAnomalyOptions = {}): ConversionAnomaly[] => {
  const gapPercent = options.gapPercent ?? CONVERSION_GAP_PERCENT;
  const minEntered = options.minEntered ?? CONVERSION_MIN_ENTERED;
  return conversions.flatMap(({ stage, next, team, byRep }) =>
    [...byRep]
      .filter(([, rep]) => rep.entered >= minEntered && team.converted > 0)
      .filter(([, rep]) => rep.converted * team.entered * 100 < (100 - gapPercent) * team.converted * rep.entered)
      .map(([memberId, rep]) => {
        const teamRate = team.converted / team.entered;
        return { kind: 'conversion' as const, memberId, stage, next, rep, team, gap: (teamRate - rep.converted / rep.entered) / teamRate };
      }),
  );
};
