import { useMemo } from 'react';
import { weeklyTrends } from '../../../../../shared/dashboard/weeklyTrends.ts';
import { trendsModel } from '../utils/trendsModel.ts';
import { useDashboardView } from './useDashboardView.ts';

/** The daily report's numbers week by week, and their small charts. */
export const useTrendsChart = () => {
  const { built, filter, clock, ctx } = useDashboardView();
  const data = useMemo(() => weeklyTrends(built.index, filter, clock), [built, filter, clock]);
  return { data, model: useMemo(() => trendsModel(data, ctx), [data, ctx]) };
};
