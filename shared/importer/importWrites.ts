import type { Contact, CustomerDoc } from '../db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import type { ImportUndoEntry } from '../db/schemas/importBatchSchema.ts';
import { newCustomerFields } from '../domain/newCustomerFields.ts';
import { CUSTOM_PREFIX } from '../grid/followUpColumns.ts';
import type { SyncMeta } from '../sync/syncMeta.ts';
import type { ExistingData, FieldChange, ImportPlan, NewContact, PlannedRow } from './importTypes.ts';

type Fields<T> = Omit<T, keyof SyncMeta>;

/** A record to create, with the creation it really had (the follow-up's own time and owner), not "imported today by admin". */
export type ImportInsert<T> = { fields: Fields<T>; createdAt: number; createdBy: string };
export type ImportPatch = { id: string; patch: Record<string, unknown> };
type Collection = 'followups' | 'customers';

export type ImportWrites = {
  customers: ImportInsert<CustomerDoc>[];
  followups: ImportInsert<FollowUpDoc>[];
  patches: { collection: Collection; id: string; patch: Record<string, unknown> }[];
  /** What undoing the batch restores on the records it changed. */
  undo: ImportUndoEntry[];
};

export type ImportWriteContext = { batchId: string; importerId: string; now: number };

const contactOf = (c: NewContact): Contact => ({ id: c.id, name: c.name, title: '', phone: '', wechat: '', email: '', roles: [], note: '' });

/** A row's new record: the plan gives every field already shaped as the stored document. */
const insertOf = <T,>(row: PlannedRow, ctx: ImportWriteContext, createdAt: number): ImportInsert<T> => ({
  fields: { ...row.values, id: row.id, importBatchId: ctx.batchId } as unknown as Fields<T>,
  createdAt,
  createdBy: row.createdBy ?? ctx.importerId,
});

/** Field changes as a document patch: custom fields ('custom.<id>') merge into the record's `custom` object. */
const patchOf = (changes: readonly FieldChange[], current: { custom?: Record<string, unknown> } | undefined) => {
  const patch: Record<string, unknown> = {};
  const before: Record<string, unknown> = {};
  for (const c of changes) {
    if (!c.field.startsWith(CUSTOM_PREFIX)) {
      patch[c.field] = c.to;
      before[c.field] = c.from ?? null;
      continue;
    }
    const key = c.field.slice(CUSTOM_PREFIX.length);
    patch['custom'] = { ...((patch['custom'] as object | undefined) ?? current?.custom ?? {}), [key]: c.to };
    before['custom'] = current?.custom ?? {};
  }
  return { patch, before };
};

/**
 * What committing a plan writes: new records (customers the follow-ups need first, with the contacts
 * the rows name), field patches for changed records and for existing customers gaining contacts, and
 * the previous values undo puts back. Rejected, skipped and unchanged rows write nothing.
 */
export const importWrites = (plan: ImportPlan, existing: ExistingData, ctx: ImportWriteContext): ImportWrites => {
  const collection: Collection = plan.target === 'followUps' ? 'followups' : 'customers';
  const contacts = new Map<string, Contact[]>();
  for (const c of plan.newContacts ?? []) contacts.set(c.customerId, [...(contacts.get(c.customerId) ?? []), contactOf(c)]);
  const created = plan.newCustomers.map((c): ImportInsert<CustomerDoc> => {
    const ownerId = c.ownerId ?? ctx.importerId;
    const fields = { ...newCustomerFields(c.id, c.name, ownerId), stage: c.stage ?? 'lead', lastFollowedAt: c.lastFollowedAt ?? 0, contacts: contacts.get(c.id) ?? [], importBatchId: ctx.batchId };
    return { fields, createdAt: ctx.now, createdBy: ownerId };
  });
  const fresh = plan.rows.filter((r) => r.verdict === 'new');
  const byId = new Map<string, { custom?: Record<string, unknown>; contacts?: Contact[] }>([...existing.customers, ...existing.followUps].map((d) => [d.id, d]));
  const changed = plan.rows.filter((r) => r.verdict === 'changed' && r.changes?.length).map((r) => ({ id: r.id, ...patchOf(r.changes ?? [], byId.get(r.id)) }));
  // Existing customers gaining the contacts the follow-ups name.
  const newIds = new Set(plan.newCustomers.map((c) => c.id));
  const gaining = [...contacts].filter(([id]) => !newIds.has(id) && byId.has(id));
  const contactPatches = gaining.map(([id, added]) => ({ id, patch: { contacts: [...(byId.get(id)?.contacts ?? []), ...added] }, before: { contacts: byId.get(id)?.contacts ?? [] } }));
  return {
    customers: [...created, ...(collection === 'customers' ? fresh.map((r) => insertOf<CustomerDoc>(r, ctx, ctx.now)) : [])],
    followups: collection === 'followups' ? fresh.map((r) => insertOf<FollowUpDoc>(r, ctx, typeof r.values['followedAt'] === 'number' ? r.values['followedAt'] : ctx.now)) : [],
    patches: [...changed.map((p) => ({ collection, id: p.id, patch: p.patch })), ...contactPatches.map((p) => ({ collection: 'customers' as const, id: p.id, patch: p.patch }))],
    undo: [...changed.map((p) => ({ collection, id: p.id, before: p.before })), ...contactPatches.map((p) => ({ collection: 'customers' as const, id: p.id, before: p.before }))],
  };
};
