import { useMemo } from 'react';
import { overdueCustomers } from '../../../../../shared/dashboard/overdueCustomers.ts';
import { overdueModel } from '../utils/overdueModel.ts';
import { useDashboardView } from './useDashboardView.ts';

/** The most overdue customers, and their bars. */
export const useOverdueChart = () => {
  const { built, filter, clock, ctx } = useDashboardView();
  const data = useMemo(() => overdueCustomers(built.index, filter, clock), [built, filter, clock]);
  return { data, model: useMemo(() => overdueModel(data, ctx), [data, ctx]) };
};
