import { useMemo } from 'react';
import { repConversion } from '../../../../../shared/dashboard/repConversion.ts';
import { conversionModel } from '../utils/conversionModel.ts';
import { useDashboardView } from './useDashboardView.ts';

/** Stage conversion per rep vs team (over at least the team view's 30 days), and its chart. */
export const useConversionChart = () => {
  const { built, filter, clock, ctx, memberOrder } = useDashboardView();
  const data = useMemo(() => repConversion(built.index, filter, clock), [built, filter, clock]);
  return { data, model: useMemo(() => conversionModel(data.steps, memberOrder, ctx), [data, memberOrder, ctx]) };
};
