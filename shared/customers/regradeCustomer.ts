import type { CustomerDoc, Grade, GradeSnapshot } from '../db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import type { CalendarDate } from '../domain/calendarDate.ts';
import { computeHealthScore, type HealthContributions } from '../domain/healthScore.ts';
import { withGradeSnapshot } from './gradeSnapshots.ts';
import { healthInputsOf } from './healthInputsOf.ts';

/** The grade a person sees: a manager's override, else the computed one. */
export const effectiveGrade = (customer: Pick<CustomerDoc, 'grade' | 'gradeOverride'>): Grade => customer.gradeOverride?.grade ?? customer.grade;

export type Regrade = {
  /** The fields to write when they differ from the stored ones (nothing when the customer is unchanged). */
  patch: Partial<Pick<CustomerDoc, 'healthScore' | 'grade' | 'gradeHistory'>>;
  contributions: HealthContributions;
  /** The effective grade went up to A with this recompute: the owner's manager hears of it, and a 高层拜访 is proposed. */
  roseToA: boolean;
};

/**
 * A customer's health score and grade recomputed as of `today` (DOMAIN.md), with a snapshot dated this
 * week (`weekStart` = its Monday) when they changed since the last one. The grade written is the computed one; an override stays as
 * it is and keeps deciding what people see, so a rise to A under an override to A is no news.
 */
export const regradeCustomer = (
  customer: Pick<CustomerDoc, 'needClarity' | 'contacts' | 'competitors' | 'grade' | 'gradeOverride' | 'healthScore'> & { gradeHistory?: GradeSnapshot[] },
  followUps: readonly Pick<FollowUpDoc, 'followedAt' | 'contactId' | 'trashed'>[],
  today: CalendarDate,
  weekStart: CalendarDate,
  utcOffsetMinutes: number,
): Regrade => {
  const { score, grade, contributions } = computeHealthScore(healthInputsOf(customer, followUps, today, utcOffsetMinutes));
  const patch: Regrade['patch'] = {};
  if (score !== customer.healthScore) patch.healthScore = score;
  if (grade !== customer.grade) patch.grade = grade;
  const last = customer.gradeHistory?.[customer.gradeHistory.length - 1];
  // A snapshot only when the grade or score moved: an unchanged one still stands for every later day,
  // and a week of no news writes nothing (50,000 customers are not rewritten every Monday).
  if (!last || last.score !== score || last.grade !== grade) patch.gradeHistory = withGradeSnapshot(customer.gradeHistory, weekStart, score, grade);
  const before = effectiveGrade(customer);
  const after = customer.gradeOverride?.grade ?? grade;
  return { patch, contributions, roseToA: before !== 'A' && after === 'A' };
};
