import { useMemo } from 'react';
import { methodActivity } from '../../../../../shared/dashboard/methodActivity.ts';
import { methodsModel } from '../utils/methodsModel.ts';
import { useDashboardView } from './useDashboardView.ts';

/** The period's follow-ups by 跟进方式, and the ring. */
export const useMethodsChart = () => {
  const { built, filter, ctx, methods } = useDashboardView();
  const data = useMemo(() => methodActivity(built.index, filter, methods), [built, filter, methods]);
  return { data, model: useMemo(() => methodsModel(data, ctx), [data, ctx]) };
};
