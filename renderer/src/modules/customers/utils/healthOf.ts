import { healthInputsOf } from '../../../../../shared/customers/healthInputsOf.ts';
import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../../../../../shared/db/schemas/followUpSchema.ts';
import { computeHealthScore, type HealthScore } from '../../../../../shared/domain/healthScore.ts';

/** A customer's health score as of today, with each indicator's points (what the grade's tooltip explains). */
export const healthOf = (
  customer: Pick<CustomerDoc, 'needClarity' | 'contacts' | 'competitors'>,
  followUps: readonly Pick<FollowUpDoc, 'followedAt' | 'contactId' | 'trashed'>[],
  today: string,
  utcOffsetMinutes: number,
): HealthScore => computeHealthScore(healthInputsOf(customer, followUps, today, utcOffsetMinutes));
