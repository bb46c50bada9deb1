import { useMemo } from 'react';
import { evidenceHeatmap } from '../../../../../shared/dashboard/evidenceHeatmap.ts';
import { evidenceModel } from '../utils/evidenceModel.ts';
import { useDashboardView } from './useDashboardView.ts';

/** Rep × stage evidence completeness, and the heatmap. */
export const useEvidenceChart = () => {
  const { built, filter, clock, ctx, memberOrder } = useDashboardView();
  const data = useMemo(() => evidenceHeatmap(built.index, filter, clock.today), [built, filter, clock.today]);
  return { data, model: useMemo(() => evidenceModel(data, memberOrder, ctx), [data, memberOrder, ctx]) };
};
