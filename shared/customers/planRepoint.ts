import type { CommentDoc } from '../db/schemas/commentSchema.ts';
import type { CustomerDoc } from '../db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import type { RowPatch } from '../db/stampedWrites.ts';
import { samePerson } from './mergeCustomers.ts';

type Known = Pick<CustomerDoc, 'id' | 'mergedInto' | 'contacts'>;

export type RepointPlan = { followups: RowPatch<FollowUpDoc>[]; comments: RowPatch<CommentDoc>[] };

/** Where a merged customer's rows belong: follows mergedInto (A → B → C) to a customer not merged further; cycles stop. */
const finalTarget = (id: string, byId: ReadonlyMap<string, Known>): Known | undefined => {
  const seen = new Set<string>();
  let current = byId.get(id);
  while (current?.mergedInto && !seen.has(current.id)) {
    seen.add(current.id);
    const next = byId.get(current.mergedInto);
    if (!next) return undefined;
    current = next;
  }
  return current && current.id !== id && !current.mergedInto ? current : undefined;
};

/** The merged customer's contact as the same person among the target's (same id, else name or phone); unchanged when none. */
const contactIn = (contactId: string, from: Known, to: Known): string => {
  if (contactId === '' || to.contacts.some((c) => c.id === contactId)) return contactId;
  const contact = from.contacts.find((c) => c.id === contactId);
  return (contact && to.contacts.find((c) => samePerson(c, contact))?.id) ?? contactId;
};

/**
 * Rows that still name a customer merged into another — a follow-up or comment written on a desktop
 * that had not yet heard of the merge (offline), or one a teammate's merge could not move — re-pointed
 * at the customer the merge kept. `customers` must hold the merged ones and their targets.
 * `mayWrite` leaves out rows this member may not change (a colleague's follow-up on a rep's desktop):
 * a desktop that may write them re-points them.
 */
export const planRepoint = (
  customers: readonly Known[],
  followUps: readonly Pick<FollowUpDoc, 'id' | 'customerId' | 'contactId'>[],
  comments: readonly Pick<CommentDoc, 'id' | 'targetType' | 'targetId'>[],
  mayWrite: (collection: 'followups' | 'comments', id: string, patch: Record<string, unknown>) => boolean,
): RepointPlan => {
  const byId = new Map(customers.map((c) => [c.id, c]));
  const followups: RepointPlan['followups'] = [];
  for (const f of followUps) {
    const from = byId.get(f.customerId);
    const to = from?.mergedInto ? finalTarget(f.customerId, byId) : undefined;
    if (!from || !to) continue;
    const contactId = contactIn(f.contactId, from, to);
    const patch = contactId === f.contactId ? { customerId: to.id } : { customerId: to.id, contactId };
    if (mayWrite('followups', f.id, patch)) followups.push({ id: f.id, patch });
  }
  const moved: RepointPlan['comments'] = [];
  for (const c of comments) {
    const to = c.targetType === 'customer' && byId.get(c.targetId)?.mergedInto ? finalTarget(c.targetId, byId) : undefined;
    if (to && mayWrite('comments', c.id, { targetId: to.id })) moved.push({ id: c.id, patch: { targetId: to.id } });
  }
  return { followups, comments: moved };
};
