import { useMemo } from 'react';
import { pipelineFunnel } from '../../../../../shared/dashboard/pipelineFunnel.ts';
import { funnelModel } from '../utils/funnelModel.ts';
import { useDashboardView } from './useDashboardView.ts';

/** The funnel's numbers (recomputed when the index or the filter changes) and its chart (also when the words change). */
export const useFunnelChart = () => {
  const { built, filter, ctx } = useDashboardView();
  const data = useMemo(() => pipelineFunnel(built.index, filter), [built, filter]);
  return { data, model: useMemo(() => funnelModel(data, ctx), [data, ctx]) };
};
