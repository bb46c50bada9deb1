import type { DashboardIndex } from './dashboardIndex.ts';
import { windowRows, type DashboardFilter } from './dashboardFilter.ts';
import { latestPerCustomer } from './latestPerCustomer.ts';
import { pipelineStages } from './pipelineStages.ts';

/** One layer: customers that got to this stage or further, and their rows (one per customer). */
export type FunnelLayer = { stage: string; count: number; ids: string[] };
export type PipelineFunnel = { layers: FunnelLayer[]; total: number };

/**
 * 销售漏斗 for a period: the customers with a follow-up in it (by the member, from the source), placed by
 * the stage of their latest such follow-up; a layer counts those at that stage or any later pipeline
 * stage, so the layers narrow. A customer whose latest follow-up is 丢单 or 售后 is outside the pipeline.
 * Each customer's row is that latest follow-up, so a layer opens exactly as many rows as it counts.
 */
export const pipelineFunnel = (index: DashboardIndex, filter: DashboardFilter): PipelineFunnel => {
  const stages = pipelineStages(index.stages);
  const position = new Map(stages.map((s, k) => [index.stageIndex.get(s.id), k]));
  const layers: number[][] = stages.map(() => []);
  for (const i of latestPerCustomer(index, windowRows(index, filter.period.start, filter.period.end, filter))) {
    const reached = position.get(index.stage[i]);
    if (reached === undefined) continue;
    for (let k = 0; k <= reached; k++) layers[k]!.push(i);
  }
  return {
    layers: stages.map((s, k) => ({ stage: s.id, count: layers[k]!.length, ids: layers[k]!.map((i) => index.rows[i]!.id) })),
    total: layers[0]?.length ?? 0,
  };
};
