import type { CommentDoc } from '../db/schemas/commentSchema.ts';
import type { CustomerDoc } from '../db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import type { ChangeSet, DocChange } from './changeSet.ts';
import { mergeCustomers } from './mergeCustomers.ts';

type Moved = Pick<FollowUpDoc, 'id' | 'customerId' | 'contactId'>;
type Noted = Pick<CommentDoc, 'id' | 'targetType' | 'targetId'>;

/** What the kept customer's fields were before `after` changed them (absent ones as undefined). */
const beforeOf = <T extends object>(doc: T, after: Partial<T>): Partial<T> =>
  Object.fromEntries(Object.keys(after).map((k) => [k, (doc as Record<string, unknown>)[k]])) as Partial<T>;

/**
 * Merging customer `drop` into `keep` as one undoable change set: the kept customer patched with
 * mergeCustomers' lossless result, the duplicate to the recycle bin pointing at it (mergedInto), every
 * follow-up of the duplicate (those in the recycle bin too, so restoring one lands on the kept
 * customer) re-pointed with its contact mapped onto the kept customer's, and the comments on the
 * duplicate moved over. `followUps` and `comments` are the duplicate's.
 */
export const planMerge = (keep: CustomerDoc, drop: CustomerDoc, followUps: readonly Moved[], comments: readonly Noted[], now: number): ChangeSet => {
  const merge = mergeCustomers(keep, drop, now);
  const keepChange: DocChange<CustomerDoc> = { id: keep.id, before: beforeOf(keep, merge.keepPatch), after: merge.keepPatch };
  const dropAfter: Partial<CustomerDoc> = merge.dropPatch;
  const dropChange: DocChange<CustomerDoc> = { id: drop.id, before: beforeOf(drop, dropAfter), after: dropAfter };
  const followups = followUps
    .filter((f) => f.customerId === drop.id)
    .map((f): DocChange<FollowUpDoc> => {
      const contactId = merge.contactIdMap[f.contactId];
      return contactId === undefined
        ? { id: f.id, before: { customerId: drop.id }, after: { customerId: keep.id } }
        : { id: f.id, before: { customerId: drop.id, contactId: f.contactId }, after: { customerId: keep.id, contactId } };
    });
  const moved = comments
    .filter((c) => c.targetType === 'customer' && c.targetId === drop.id)
    .map((c): DocChange<CommentDoc> => ({ id: c.id, before: { targetId: drop.id }, after: { targetId: keep.id } }));
  return { customers: [keepChange, dropChange], followups, comments: moved };
};
