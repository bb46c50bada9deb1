import type { CollectionName } from '../db/collections.ts';
import { canWrite, type Writer } from '../sync/canWrite.ts';
import type { ChangeSet, DocChange } from './changeSet.ts';

/** Why this member may not make a merge: a customer, a follow-up or a comment they may not change. */
export type MergeRefusal = 'customer' | 'followUp' | 'comment' | null;

type Masters = { customers: ReadonlyMap<string, object>; followups: ReadonlyMap<string, object>; comments: ReadonlyMap<string, object> };

const allowed = <T,>(collection: CollectionName, changes: readonly DocChange<T>[], masters: ReadonlyMap<string, object>, writer: Writer): boolean =>
  changes.every((c) => {
    const master = masters.get(c.id) as Record<string, unknown> | undefined;
    return master !== undefined && canWrite(collection, writer, master, { ...master, ...(c.after as Record<string, unknown>) });
  });

/**
 * The hub refuses a whole push when one row breaks its permissions (shared/sync/canWrite.ts), so a
 * merge is checked row by row before it is written: a manager or admin may merge anything; a rep only
 * two customers of their own whose follow-ups and comments are theirs too. `masters` hold the
 * documents as stored, by id.
 */
export const mergeRefusal = (set: ChangeSet, masters: Masters, writer: Writer): MergeRefusal => {
  if (!allowed('customers', set.customers, masters.customers, writer)) return 'customer';
  if (!allowed('followups', set.followups, masters.followups, writer)) return 'followUp';
  if (!allowed('comments', set.comments, masters.comments, writer)) return 'comment';
  return null;
};
