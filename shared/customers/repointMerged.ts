import type { SalesDeskCollections } from '../db/collections.ts';
import type { CommentDoc } from '../db/schemas/commentSchema.ts';
import type { CustomerDoc } from '../db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import { patchManyStamped, type Writer } from '../db/stampedWrites.ts';
import type { Role } from '../domain/roles.ts';
import { canWrite } from '../sync/canWrite.ts';
import { planRepoint, type RepointPlan } from './planRepoint.ts';

type Collections = Pick<SalesDeskCollections, 'customers' | 'followups' | 'comments'>;

/** What a re-pointing pass reads: merged customers and their targets, the rows still naming a merged customer. */
export type RepointSources = { customers: CustomerDoc[]; followUps: FollowUpDoc[]; comments: CommentDoc[] };

const plain = <T,>(docs: readonly { toMutableJSON: () => T }[]): T[] => docs.map((d) => d.toMutableJSON());

/**
 * Reads by index what a pass needs: merged customers (they sit in the recycle bin) and where they
 * went, and the rows naming them — of `only` those merged customers when given (a row arrived for
 * one of them), else of all. One indexed read per merged customer, never a scan of every follow-up.
 */
export const loadRepointSources = async (db: Collections, only?: ReadonlySet<string>): Promise<RepointSources> => {
  const merged = plain(await db.customers.find({ selector: { trashed: true } }).exec()).filter((c) => c.mergedInto);
  const ids = merged.map((c) => c.id).filter((id) => !only || only.has(id));
  if (ids.length === 0) return { customers: [], followUps: [], comments: [] };
  const [targets, followUps, comments] = await Promise.all([
    db.customers.findByIds(merged.map((c) => c.mergedInto ?? '')).exec(),
    Promise.all(ids.map((id) => db.followups.find({ selector: { customerId: id } }).exec())),
    Promise.all(ids.map((id) => db.comments.find({ selector: { targetId: id } }).exec())),
  ]);
  const known = new Map(merged.map((c) => [c.id, c]));
  for (const t of targets.values()) if (!known.has(t.id)) known.set(t.id, t.toMutableJSON());
  return { customers: [...known.values()], followUps: plain(followUps.flat()), comments: plain(comments.flat()) };
};

/** A plan's rows this member may change, judged as the hub will (canWrite on the stored row and the result). */
export const repointPlanFor = (sources: RepointSources, writer: { memberId: string; role: Role }): RepointPlan => {
  const stored = { followups: new Map(sources.followUps.map((f) => [f.id, f])), comments: new Map(sources.comments.map((c) => [c.id, c])) };
  return planRepoint(sources.customers, sources.followUps, sources.comments, (collection, id, patch) => {
    const master = stored[collection].get(id) as Record<string, unknown> | undefined;
    return master !== undefined && canWrite(collection, writer, master, { ...master, ...patch });
  });
};

/** Writes a plan (one stamped bulk write per collection); returns how many rows moved. */
export const applyRepoint = async (db: Collections, plan: RepointPlan, writer: Writer): Promise<number> => {
  if (plan.followups.length) await patchManyStamped(db.followups, plan.followups, writer);
  if (plan.comments.length) await patchManyStamped(db.comments, plan.comments, writer);
  return plan.followups.length + plan.comments.length;
};

/**
 * One re-pointing pass (see planRepoint): nothing stays attached to a merged duplicate once a desktop
 * that may move it has seen both the merge and the row. The renderer runs it after data changes;
 * cheap when nothing was ever merged (one indexed read of the recycle bin).
 */
export const repointMerged = async (db: Collections, writer: Writer, role: Role, only?: ReadonlySet<string>): Promise<number> =>
  applyRepoint(db, repointPlanFor(await loadRepointSources(db, only), { memberId: writer.memberId, role }), writer);
