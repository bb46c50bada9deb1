import type { SalesDeskCollections } from '../db/collections.ts';
import type { CommentDoc } from '../db/schemas/commentSchema.ts';
import type { CustomerDoc } from '../db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import { patchManyStamped, type Writer } from '../db/stampedWrites.ts';

/** What a change does to one document, and what undoes it (an absent optional field is `undefined`). */
export type DocChange<T> = { id: string; before: Partial<T>; after: Partial<T> };

/** Changes to customers, their follow-ups and comments that belong together (a merge): one undo step. */
export type ChangeSet = { customers: DocChange<CustomerDoc>[]; followups: DocChange<FollowUpDoc>[]; comments: DocChange<CommentDoc>[] };

type Collections = Pick<SalesDeskCollections, 'customers' | 'followups' | 'comments'>;

const patchesOf = <T,>(changes: readonly DocChange<T>[], side: 'before' | 'after') => changes.map((c) => ({ id: c.id, patch: c[side] as never }));

/**
 * Writes one side of a change set, one patchManyStamped per collection (stamped, re-applied on a
 * storage conflict). Forward, the follow-ups and comments move before the customers change; backward
 * (undo), the customers come back first — so an interrupted write never leaves rows on a customer
 * already in the recycle bin.
 */
export const writeChangeSet = async (db: Collections, set: ChangeSet, side: 'before' | 'after', writer: Writer): Promise<void> => {
  if (side === 'before' && set.customers.length) await patchManyStamped(db.customers, patchesOf(set.customers, side), writer);
  if (set.followups.length) await patchManyStamped(db.followups, patchesOf(set.followups, side), writer);
  if (set.comments.length) await patchManyStamped(db.comments, patchesOf(set.comments, side), writer);
  if (side === 'after' && set.customers.length) await patchManyStamped(db.customers, patchesOf(set.customers, side), writer);
};
