import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';

/**
 * For each follow-up id, the same customer's follow-up just before it (null = the customer's first ever).
 * Order is followedAt, then id, so two rows at the same instant still have a stable "before".
 * Callers pass the team's live (untrashed) follow-ups: a customer's history is shared by every rep.
 */
export const precedingFollowUps = (followUps: readonly FollowUpDoc[]): Map<string, FollowUpDoc | null> => {
  const byCustomer = new Map<string, FollowUpDoc[]>();
  for (const f of followUps) {
    const list = byCustomer.get(f.customerId);
    if (list) list.push(f);
    else byCustomer.set(f.customerId, [f]);
  }
  const previous = new Map<string, FollowUpDoc | null>();
  for (const list of byCustomer.values()) {
    list.sort((a, b) => a.followedAt - b.followedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    list.forEach((f, i) => previous.set(f.id, list[i - 1] ?? null));
  }
  return previous;
};
