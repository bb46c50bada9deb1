import { useEffect, useState } from 'react';
import type { DashboardSnapshot } from '../../../../../shared/dashboard/dashboardSnapshot.ts';
import { loadDashboardSnapshot } from '../utils/snapshotCache.ts';

/** The snapshot this page saved last time for `scope`, read once: undefined while reading, null when there is none. */
export const useDashboardSnapshot = (scope: string): DashboardSnapshot | null | undefined => {
  const [snapshot, setSnapshot] = useState<DashboardSnapshot | null | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    void loadDashboardSnapshot(scope).then((s) => !cancelled && setSnapshot(s));
    return () => {
      cancelled = true;
    };
  }, [scope]);
  return snapshot;
};
