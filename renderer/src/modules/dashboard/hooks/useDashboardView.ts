import { useContext } from 'react';
import { DashboardViewContext, type DashboardView } from '../utils/dashboardView.ts';

/** The 看板's data and filter, inside DashboardBoard. */
export const useDashboardView = (): DashboardView => {
  const view = useContext(DashboardViewContext);
  if (!view) throw new Error('useDashboardView must be used inside <DashboardViewContext.Provider>');
  return view;
};
