import type { CustomerDoc } from '../db/schemas/customerSchema.ts';
import { descKey, type FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import type { ImportUndoEntry } from '../db/schemas/importBatchSchema.ts';
import { newCustomerFields } from '../domain/newCustomerFields.ts';
import type { SyncMeta } from '../sync/syncMeta.ts';
import type { ImportPlan, PlannedRow } from './importTypes.ts';

type Fields<T> = Omit<T, keyof SyncMeta>;

/** A record to create, with the creation it really had (the follow-up's own time and owner), not "imported today by admin". */
export type ImportInsert<T> = { fields: Fields<T>; createdAt: number; createdBy: string };
export type ImportPatch = { id: string; patch: Record<string, unknown> };

export type ImportWrites = {
  customers: ImportInsert<CustomerDoc>[];
  followups: ImportInsert<FollowUpDoc>[];
  patches: { collection: 'followups' | 'customers'; patches: ImportPatch[] };
  /** What undoing the batch restores on the records it changed. */
  undo: ImportUndoEntry[];
};

export type ImportWriteContext = { batchId: string; importerId: string; now: number };

const followUpFields = (row: PlannedRow, ctx: ImportWriteContext): ImportInsert<FollowUpDoc> => {
  const v = row.values as Partial<FollowUpDoc>;
  const followedAt = typeof v.followedAt === 'number' ? v.followedAt : ctx.now;
  const ownerId = v.ownerId || ctx.importerId;
  const fields: Fields<FollowUpDoc> = {
    customerId: row.customerId ?? '', contactId: '', method: 'phone', summary: '', status: 'callback', stage: 'lead',
    nextDate: '', nextAction: '', nextOwnerId: '', remark: '', custom: {},
    ...v,
    id: row.id, followedAt, followedDesc: descKey(followedAt), ownerId, importBatchId: ctx.batchId,
  };
  if (row.customerId) fields.customerId = row.customerId;
  return { fields, createdAt: followedAt, createdBy: ownerId };
};

const customerFields = (row: PlannedRow, ctx: ImportWriteContext): ImportInsert<CustomerDoc> => {
  const v = row.values as Partial<CustomerDoc>;
  const ownerId = v.ownerId || ctx.importerId;
  const base = newCustomerFields(row.id, String(v.name ?? ''), ownerId);
  return { fields: { ...base, ...v, id: row.id, nameKey: base.nameKey, ownerId, importBatchId: ctx.batchId }, createdAt: ctx.now, createdBy: ownerId };
};

/** The owner of the first follow-up that needs each new customer: the customer is theirs. */
const ownersOfNewCustomers = (rows: readonly PlannedRow[]): Map<string, string> => {
  const owners = new Map<string, string>();
  for (const row of rows) {
    const owner = (row.values as Partial<FollowUpDoc>).ownerId;
    if (row.customerId && owner && !owners.has(row.customerId)) owners.set(row.customerId, owner);
  }
  return owners;
};

/**
 * What committing a plan writes: new records (customers the follow-ups need first), field patches for
 * changed records, and the previous values that undo puts back. Rejected and unchanged rows write nothing.
 */
export const importWrites = (plan: ImportPlan, ctx: ImportWriteContext): ImportWrites => {
  const rows = plan.rows.filter((r) => r.verdict === 'new' || r.verdict === 'changed');
  const collection = plan.target === 'followUps' ? 'followups' : 'customers';
  const owners = ownersOfNewCustomers(rows);
  const created = plan.newCustomers.map((c): ImportInsert<CustomerDoc> => {
    const ownerId = owners.get(c.id) ?? ctx.importerId;
    return { fields: { ...newCustomerFields(c.id, c.name, ownerId), importBatchId: ctx.batchId }, createdAt: ctx.now, createdBy: ownerId };
  });
  const fresh = rows.filter((r) => r.verdict === 'new');
  const changed = rows.filter((r) => r.verdict === 'changed' && r.changes?.length);
  return {
    customers: [...created, ...(collection === 'customers' ? fresh.map((r) => customerFields(r, ctx)) : [])],
    followups: collection === 'followups' ? fresh.map((r) => followUpFields(r, ctx)) : [],
    patches: { collection, patches: changed.map((r) => ({ id: r.id, patch: Object.fromEntries((r.changes ?? []).map((c) => [c.field, c.to])) })) },
    undo: changed.map((r) => ({ collection, id: r.id, before: Object.fromEntries((r.changes ?? []).map((c) => [c.field, c.from ?? null])) })),
  };
};
