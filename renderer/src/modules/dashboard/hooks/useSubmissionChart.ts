import { useMemo } from 'react';
import { submissionTrend } from '../../../../../shared/dashboard/submissionTrend.ts';
import { submissionModel } from '../utils/submissionModel.ts';
import { useDashboardView } from './useDashboardView.ts';

/** 提交率 week by week (team and the chosen member), and its lines. */
export const useSubmissionChart = () => {
  const { filter, clock, ctx, reps, reports, deadline, teamView } = useDashboardView();
  const data = useMemo(() => submissionTrend({ reps, reports, deadline, filter, clock }), [reps, reports, deadline, filter, clock]);
  const memberName = filter.memberId === null ? null : ctx.look.memberName(filter.memberId);
  const model = useMemo(() => submissionModel(data, { memberId: filter.memberId, memberName, teamView }, ctx), [data, filter.memberId, memberName, teamView, ctx]);
  return { data, model };
};
