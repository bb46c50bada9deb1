import { useDashboardViewOf } from '../hooks/useDashboardViewOf.ts';
import type { DashboardBase } from '../utils/dashboardView.ts';
import { DashboardBoard } from './DashboardBoard.tsx';
import { DashboardLoading } from './DashboardLoading.tsx';

/** Reads the follow-ups (the shared working set) once mounted, then shows the cards. */
export const DashboardData = ({ base }: { base: DashboardBase }) => {
  const view = useDashboardViewOf(base);
  return view ? <DashboardBoard view={view} /> : <DashboardLoading />;
};
