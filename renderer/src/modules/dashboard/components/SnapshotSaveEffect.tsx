import { useEffect } from 'react';
import type { DashboardView } from '../utils/dashboardView.ts';
import { saveDashboardSnapshot } from '../utils/snapshotCache.ts';
import { snapshotOf } from '../utils/snapshotOf.ts';

/** Quiet time after the cards were drawn from the store before the snapshot is written (it takes a moment at 100,000 rows). */
const SAVE_AFTER_MS = 3_000;

/**
 * Keeps what the cards were last drawn from, so the next start draws at once. Written once the data
 * settles (a burst of synced edits is one write; a filter change is none), when the browser is idle;
 * renders nothing.
 */
export const SnapshotSaveEffect = ({ view, scope }: { view: DashboardView; scope: string }): null => {
  const { built, inputs } = view;
  const { today } = view.clock;
  useEffect(() => {
    let idle = 0;
    const timer = setTimeout(() => {
      const save = () => void saveDashboardSnapshot(scope, snapshotOf(built, inputs, today));
      idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(save, { timeout: 10_000 }) : window.setTimeout(save, 0);
    }, SAVE_AFTER_MS);
    return () => {
      clearTimeout(timer);
      if (idle && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    };
  }, [scope, built, inputs, today]);
  return null;
};
