import { useEffect, useRef, useState } from 'react';
import { buildDashboardIndex, type DashboardCustomer, type DashboardIndex } from '../../../../../shared/dashboard/dashboardIndex.ts';
import type { StageOption } from '../../../../../shared/domain/options.ts';
import { useFollowUpRows } from '../../followups/hooks/useFollowUpRows.ts';

/** The index and a version that changes with each rebuild (part of the charts' paint key). */
export type BuiltIndex = { index: DashboardIndex; version: number };

/** A burst of synced edits (a teammate's paste) rebuilds once, not once per row. */
const SETTLE_MS = 300;

/**
 * The 看板's index over the grid's one working set of follow-ups (never a second read of 100,000
 * rows) and the customers; built when the whole set is in memory, rebuilt after changes settle.
 * null until then: the page shows that it is reading rather than numbers from a partial set.
 */
export const useDashboardIndex = (customers: readonly DashboardCustomer[], stages: readonly StageOption[]): BuiltIndex | null => {
  const set = useFollowUpRows();
  const [built, setBuilt] = useState<BuiltIndex | null>(null);
  const builtOnce = useRef(false);
  useEffect(() => {
    if (!set.loaded) return;
    const build = () => {
      builtOnce.current = true;
      const index = buildDashboardIndex({ followUps: set.rows.values(), customers, stages });
      setBuilt((b) => ({ index, version: (b?.version ?? 0) + 1 }));
    };
    const timer = setTimeout(build, builtOnce.current ? SETTLE_MS : 0);
    return () => clearTimeout(timer);
  }, [set.rows, set.loaded, set.membership, set.revision, customers, stages]);
  return built;
};
