import { useDashboardViewOf } from '../hooks/useDashboardViewOf.ts';
import type { DashboardBase } from '../utils/dashboardView.ts';
import { DashboardBoard } from './DashboardBoard.tsx';
import { DashboardLoading } from './DashboardLoading.tsx';
import { SnapshotSaveEffect } from './SnapshotSaveEffect.tsx';

type Props = { live: DashboardBase | null; snapshot: DashboardBase | null; scope: string };

/** The cards over the follow-ups (the snapshot's while the store is read), and the snapshot kept for next time. */
export const DashboardData = ({ live, snapshot, scope }: Props) => {
  const view = useDashboardViewOf(live, snapshot);
  if (!view) return <DashboardLoading />;
  return (
    <>
      <DashboardBoard view={view} />
      {!view.provisional && <SnapshotSaveEffect view={view} scope={scope} />}
    </>
  );
};
