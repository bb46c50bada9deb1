import type { CustomerDoc } from '../db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import { addDays, startOfCalendarDate, type CalendarDate } from '../domain/calendarDate.ts';
import type { HealthInputs } from '../domain/healthScore.ts';

/**
 * DOMAIN.md's four health indicators of a customer as of `today` (the team's calendar day):
 * follow-ups in the 90 days up to and including today, its 需求明确度, the decision-chain roles of the
 * contacts its follow-ups reached (any time), and whether a competitor was seen in the last 30 days.
 * `followUps` are that customer's; trashed ones do not count.
 */
export const healthInputsOf = (
  customer: Pick<CustomerDoc, 'needClarity' | 'contacts' | 'competitors'>,
  followUps: readonly Pick<FollowUpDoc, 'followedAt' | 'contactId' | 'trashed'>[],
  today: CalendarDate,
  utcOffsetMinutes: number,
): HealthInputs => {
  const from = startOfCalendarDate(addDays(today, -89), utcOffsetMinutes);
  const to = startOfCalendarDate(addDays(today, 1), utcOffsetMinutes);
  const live = followUps.filter((f) => !f.trashed);
  const reached = new Set(live.map((f) => f.contactId).filter((id) => id !== ''));
  const competitorSince = addDays(today, -29);
  return {
    followUpsLast90Days: live.filter((f) => f.followedAt >= from && f.followedAt < to).length,
    needClarity: customer.needClarity,
    rolesContacted: [...new Set(customer.contacts.filter((c) => reached.has(c.id)).flatMap((c) => c.roles))],
    competitorSeenLast30Days: customer.competitors.some((s) => s.seenAt >= competitorSince && s.seenAt <= today),
  };
};
