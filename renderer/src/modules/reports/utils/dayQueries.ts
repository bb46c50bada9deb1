import type { MangoQuery } from 'rxdb';
import { descKey, type FollowUpDoc } from '../../../../../shared/db/schemas/followUpSchema.ts';

/**
 * The Mango queries of a report's day, each shaped to run over a follow-up index (useDayActivity.test.ts
 * checks RxDB's plan): the rep's rows in [start, end) by the inverted-time index, and a customer's rows
 * before `end` by customerId + followedAt.
 */
export const repDayQuery = (memberId: string, start: number, end: number): MangoQuery<FollowUpDoc> => ({
  selector: { ownerId: memberId, followedDesc: { $gt: descKey(end), $lte: descKey(start) } },
  sort: [{ ownerId: 'asc' }, { followedDesc: 'asc' }],
});

export const customerHistoryQuery = (customerId: string, end: number): MangoQuery<FollowUpDoc> => ({
  selector: { customerId, followedAt: { $lt: end } },
  sort: [{ customerId: 'asc' }, { followedAt: 'asc' }],
});
