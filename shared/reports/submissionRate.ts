import type { SubmissionStatus } from './submissionStatus.ts';

/** 提交率 over the expected rep-days given; rate is null when nothing was expected (shown as "—"). */
export type SubmissionRate = { submitted: number; expected: number; rate: number | null };

/**
 * submitted ÷ expected rep-days. The caller passes one status per expected rep-day (which days are workdays
 * is its business). A 'pending' day is not yet decided, so it counts in neither term: today's unsent
 * report must not drag the rate down before its morning has come.
 */
export const submissionRate = (cells: readonly SubmissionStatus[]): SubmissionRate => {
  const decided = cells.filter((c) => c.kind !== 'pending');
  const submitted = decided.filter((c) => c.kind === 'onTime' || c.kind === 'late').length;
  return { submitted, expected: decided.length, rate: decided.length === 0 ? null : submitted / decided.length };
};
