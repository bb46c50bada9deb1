import type { CustomerDoc } from '../db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import type { RowPatch } from '../db/stampedWrites.ts';
import type { CalendarDate } from '../domain/calendarDate.ts';
import type { HealthContributions } from '../domain/healthScore.ts';
import { followStatePatch } from './followStatePatch.ts';
import { regradeCustomer } from './regradeCustomer.ts';

type Graded = Pick<CustomerDoc, 'id' | 'name' | 'ownerId' | 'trashed' | 'needClarity' | 'contacts' | 'competitors' | 'grade' | 'gradeOverride' | 'healthScore' | 'gradeHistory' | 'lastFollowedAt' | 'stage' | 'status' | 'nextDate'>;
type Touch = Pick<FollowUpDoc, 'id' | 'customerId' | 'followedAt' | 'contactId' | 'trashed' | 'stage' | 'status' | 'nextDate'>;

/** A customer whose grade people see rose to A with this pass: its owner's manager hears of it. */
export type RiseToA = { customerId: string; name: string; ownerId: string; score: number; contributions: HealthContributions };

export type RegradePlan = { patches: RowPatch<CustomerDoc>[]; rises: RiseToA[] };

export type RegradeOptions = {
  today: CalendarDate;
  /** Monday of this week: the weekly grade snapshot's date. */
  weekStart: CalendarDate;
  utcOffsetMinutes: number;
  /**
   * The weekly pass records this week's snapshot on every customer; other passes write only a
   * customer whose score or grade changed (the snapshot then comes along), so a follow-up added
   * mid-week costs nothing when the grade stays.
   */
  snapshot: boolean;
};

/** Each customer's follow-ups, in one pass over all of them (trashed ones too: healthInputsOf leaves them out). */
export const followUpsByCustomer = <F extends Touch>(followUps: Iterable<F>): Map<string, F[]> => {
  const by = new Map<string, F[]>();
  for (const f of followUps) {
    const list = by.get(f.customerId);
    if (list) list.push(f);
    else by.set(f.customerId, [f]);
  }
  return by;
};

/**
 * Health score and grade recomputed (regradeCustomer, DOMAIN.md) for the given customers as of
 * `today`, with 最近跟进 / 阶段 / 状态 / 下次跟进 kept in step with the latest follow-up (the grid's edits
 * do not touch the customer): the patches to write (only customers where something changed) and the
 * rises to A. Customers in the recycle bin are left alone.
 */
export const planRegrades = (customers: Iterable<Graded>, byCustomer: ReadonlyMap<string, readonly Touch[]>, options: RegradeOptions): RegradePlan => {
  const patches: RegradePlan['patches'] = [];
  const rises: RiseToA[] = [];
  for (const c of customers) {
    if (c.trashed) continue;
    const touches = byCustomer.get(c.id) ?? [];
    const result = regradeCustomer(c, touches, options.today, options.weekStart, options.utcOffsetMinutes);
    const follow = followStatePatch(c, touches);
    const { patch } = result;
    const changed = patch.healthScore !== undefined || patch.grade !== undefined || Object.keys(follow).length > 0;
    if (!changed && !(options.snapshot && patch.gradeHistory)) continue;
    patches.push({ id: c.id, patch: { ...follow, ...patch } });
    if (result.roseToA) rises.push({ customerId: c.id, name: c.name, ownerId: c.ownerId, score: patch.healthScore ?? c.healthScore, contributions: result.contributions });
  }
  return { patches, rises };
};
