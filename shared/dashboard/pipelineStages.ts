import type { StageOption } from '../domain/options.ts';

/** The pipeline's stages in order: open ones and won (丢单 and 售后 sit outside it). */
export const pipelineStages = (stages: readonly StageOption[]): StageOption[] =>
  stages.filter((s) => s.kind === 'open' || s.kind === 'won').sort((a, b) => a.rank - b.rank);
