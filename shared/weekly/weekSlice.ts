import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';

const before = (a: FollowUpDoc, b: FollowUpDoc): boolean => a.followedAt < b.followedAt || (a.followedAt === b.followedAt && a.id < b.id);

/**
 * The follow-ups the weekly numbers need, from the team's whole list in one pass: the live ones in
 * [from, to), and for each customer among them the live one just before `from` (what a stage move is
 * measured against, ordered as precedingFollowUps orders them). dailyMetrics over this slice gives the
 * same numbers as over every follow-up, without sorting 100,000 rows for one week.
 */
export const weekSlice = (followUps: readonly FollowUpDoc[], from: number, to: number): FollowUpDoc[] => {
  const inside: FollowUpDoc[] = [];
  const lastBefore = new Map<string, FollowUpDoc>();
  for (const f of followUps) {
    if (f.trashed) continue;
    if (f.followedAt >= from && f.followedAt < to) inside.push(f);
    else if (f.followedAt < from) {
      const seen = lastBefore.get(f.customerId);
      if (!seen || before(seen, f)) lastBefore.set(f.customerId, f);
    }
  }
  const customers = new Set(inside.map((f) => f.customerId));
  const earlier = [...lastBefore.values()].filter((f) => customers.has(f.customerId));
  return [...earlier, ...inside];
};
