import { useEffect, useRef, useState } from 'react';
import { buildDashboardIndex, type DashboardCustomer, type DashboardIndex, type DashboardRow } from '../../../../../shared/dashboard/dashboardIndex.ts';
import type { StageOption } from '../../../../../shared/domain/options.ts';
import { INDEX_MARK, ROWS_MARK } from '../utils/paintMarks.ts';

/** The index, a version that changes with each rebuild (part of the charts' paint key), and whether it is the snapshot's. */
export type BuiltIndex = { index: DashboardIndex; version: number; provisional: boolean };

/** What an index is built from; `key` changes when the rows do (the working set's counters, or 'snapshot'). */
export type IndexSource = { rows: Iterable<DashboardRow>; customers: readonly DashboardCustomer[]; stages: readonly StageOption[]; key: string; provisional: boolean };

/** A burst of synced edits (a teammate's paste) rebuilds once, not once per row. */
const SETTLE_MS = 300;

/**
 * The 看板's index: over the snapshot's rows while the store is read, then over the grid's one working
 * set of follow-ups (never a second read of 100,000 rows) — at once the first time, after changes
 * settle from then on. null while there is neither: the page says it is reading rather than showing
 * numbers from a partial set.
 */
export const useDashboardIndex = (source: IndexSource | null): BuiltIndex | null => {
  const [built, setBuilt] = useState<BuiltIndex | null>(null);
  const liveOnce = useRef(false);
  useEffect(() => {
    if (!source) return;
    if (!source.provisional && !liveOnce.current) performance.mark(ROWS_MARK);
    const build = () => {
      const index = buildDashboardIndex({ followUps: source.rows, customers: source.customers, stages: source.stages });
      if (!source.provisional && !liveOnce.current) performance.mark(INDEX_MARK);
      liveOnce.current ||= !source.provisional;
      setBuilt((b) => ({ index, version: (b?.version ?? 0) + 1, provisional: source.provisional }));
    };
    // The first live build goes at once (the snapshot's numbers are waiting to be confirmed).
    const timer = setTimeout(build, liveOnce.current ? SETTLE_MS : 0);
    return () => clearTimeout(timer);
  }, [source]);
  return built;
};
