import type { EvidenceRecord } from '../db/schemas/customerSchema.ts';
import { evidenceWeights } from './evidence.ts';

/** DOMAIN.md: a deal with maturity at or above this counts as commit in the forecast. */
export const COMMIT_MATURITY = 0.8;

/**
 * A deal's maturity (成熟度, DOMAIN.md): the highest credibility weight among the evidence nodes it has
 * reached (需求确认书签署 0.3 … 交付计划锁定 1.0), 0 with none. Nodes reached after `asOf` (a calendar date,
 * inclusive) do not count, so a past month's forecast can be recomputed as it stood then.
 */
export const maturityOf = (evidence: readonly Pick<EvidenceRecord, 'node' | 'reachedAt'>[], asOf?: string): number => {
  let best = 0;
  for (const e of evidence) {
    if (asOf !== undefined && e.reachedAt !== '' && e.reachedAt > asOf) continue;
    best = Math.max(best, evidenceWeights[e.node] ?? 0);
  }
  return best;
};
