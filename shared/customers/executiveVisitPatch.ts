import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import { addDays, type CalendarDate } from '../domain/calendarDate.ts';

/** Days ahead a proposed 高层拜访 is planned for, when the follow-up has no plan still to come. */
const LEAD_DAYS = 3;

/**
 * The next step 「安排高层拜访」 set on a customer's latest follow-up (where 下一步计划 lives in the grid
 * and 今日 finds it): the action added to one already planned (never replacing it), the planned date
 * kept when still to come, else in three days, and the step given to the customer's owner when it
 * names nobody. `action` is the words, as the UI says them. Empty when already planned.
 */
export const executiveVisitPatch = (latest: Pick<FollowUpDoc, 'nextAction' | 'nextDate' | 'nextOwnerId'>, action: string, ownerId: string, today: CalendarDate): Partial<FollowUpDoc> => {
  if (latest.nextAction.includes(action)) return {};
  const patch: Partial<FollowUpDoc> = { nextAction: latest.nextAction.trim() === '' ? action : `${latest.nextAction.trim()}；${action}` };
  if (latest.nextDate === '' || latest.nextDate < today) patch.nextDate = addDays(today, LEAD_DAYS);
  if (latest.nextOwnerId === '') patch.nextOwnerId = ownerId;
  return patch;
};
