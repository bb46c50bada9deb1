import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../../../../../shared/db/schemas/followUpSchema.ts';

type Change<T> = { documentData: T; previousDocumentData?: T | null; operation: string };

const CUSTOMER_INPUTS = ['needClarity', 'contacts', 'competitors', 'trashed'] as const;
const FOLLOW_UP_INPUTS = ['customerId', 'followedAt', 'contactId', 'trashed', 'stage', 'status', 'nextDate'] as const;

/**
 * The customers whose grade or follow-up state a stored change may move (DOMAIN.md's inputs: their
 * follow-ups — when, whom they reached, in or out of the recycle bin — and the customer's 需求明确度,
 * contacts and competitors; and a follow-up's 阶段, 状态, 下次跟进, which the customer shows). The
 * grading's own writes (score, grade, snapshots, those fields) change no input, so they never start
 * another pass.
 */
export const customersToRegrade = (change: Change<Partial<CustomerDoc>> | Change<Partial<FollowUpDoc>>, collection: 'customers' | 'followups'): string[] => {
  const now = change.documentData as Record<string, unknown>;
  const before = (change.previousDocumentData ?? undefined) as Record<string, unknown> | undefined;
  const fields = collection === 'customers' ? CUSTOMER_INPUTS : FOLLOW_UP_INPUTS;
  const moved = change.operation !== 'UPDATE' || !before || fields.some((f) => JSON.stringify(now[f]) !== JSON.stringify(before[f]));
  if (!moved) return [];
  if (collection === 'customers') return [String(now['id'] ?? '')];
  return [...new Set([now['customerId'], before?.['customerId']].filter((id): id is string => typeof id === 'string' && id !== ''))];
};
