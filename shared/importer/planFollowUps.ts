import { descKey } from '../db/schemas/followUpSchema.ts';
import { customerNameKey } from '../domain/customerNameKey.ts';
import { CUSTOM_PREFIX } from '../grid/followUpColumns.ts';
import { matchKey } from '../grid/matchKey.ts';
import { diffValues } from './diffValues.ts';
import type { ExistingData, ExistingFollowUp, NewContact, NewCustomer, NormalizedRow, PlannedRow, PlanOptions } from './importTypes.ts';

/** Fields of a follow-up a file can set, in grid order (custom fields follow). */
const DOC_FIELDS = ['customerId', 'contactId', 'followedAt', 'method', 'summary', 'status', 'stage', 'amount', 'nextDate', 'nextAction', 'nextOwnerId', 'ownerId', 'remark'];

/** A re-import of the same row: same customer, same 跟进时间, same summary (spacing and case aside). */
const sameRowKey = (customerId: string, followedAt: unknown, summary: unknown, keyOf: (text: string) => string = matchKey): string =>
  `${customerId}\u0001${String(followedAt)}\u0001${keyOf(String(summary ?? ''))}`;

/** `fn` remembering its result per distinct text. */
const memoize = (fn: (text: string) => string): ((text: string) => string) => {
  const seen = new Map<string, string>();
  return (text) => {
    let key = seen.get(text);
    if (key === undefined) seen.set(text, (key = fn(text)));
    return key;
  };
};

type State = {
  options: PlanOptions;
  /** matchKey and customerNameKey of each distinct text, computed once (names and summaries repeat across rows). */
  keyOf: (text: string) => string;
  nameKeyOf: (name: string) => string;
  customersById: Map<string, ExistingData['customers'][number]>;
  customersByKey: Map<string, string[]>;
  followUpsById: Map<string, ExistingFollowUp>;
  followUpsByKey: Map<string, ExistingFollowUp>;
  newCustomers: Map<string, NewCustomer>;
  newContacts: Map<string, NewContact>;
  seen: Map<string, number>;
};

const initState = (existing: ExistingData, options: PlanOptions): State => {
  const customersByKey = new Map<string, string[]>();
  for (const c of existing.customers) {
    const key = c.nameKey || customerNameKey(c.name);
    customersByKey.set(key, [...(customersByKey.get(key) ?? []), c.id]);
  }
  return {
    options,
    keyOf: memoize(matchKey),
    nameKeyOf: memoize(customerNameKey),
    customersById: new Map(existing.customers.map((c) => [c.id, c])),
    customersByKey,
    followUpsById: new Map(existing.followUps.map((f) => [f.id, f])),
    followUpsByKey: new Map(existing.followUps.map((f) => [sameRowKey(f.customerId, f.followedAt, f.summary), f])),
    newCustomers: new Map(),
    newContacts: new Map(),
    seen: new Map(),
  };
};

/**
 * The customer a row belongs to: the one normalizeRows matched in the team's lookups, one existing
 * by normalized name, or a new one per distinct name.
 */
const customerOf = (row: NormalizedRow, st: State): { id: string } | { reason: string } => {
  const matched = String(row.values.customerId ?? '');
  if (matched !== '') return { id: matched };
  const name = String(row.values.customerName ?? '').trim();
  const key = st.nameKeyOf(name);
  const ids = st.customersByKey.get(key) ?? [];
  if (ids.length > 1) return { reason: `有 ${ids.length} 个客户都叫「${name}」，无法确定是哪一个；请先在客户中合并重复的客户` };
  if (ids[0] !== undefined) return { id: ids[0] };
  const followedAt = Number(row.values.followedAt);
  const known = st.newCustomers.get(key);
  if (known) {
    // The customer's stage is that of its latest follow-up in the file.
    if (followedAt >= (known.lastFollowedAt ?? 0)) Object.assign(known, { lastFollowedAt: followedAt, stage: String(row.values.stage) });
    return { id: known.id };
  }
  const created: NewCustomer = { id: st.options.newId(), name, nameKey: key, ownerId: String(row.values.ownerId), stage: String(row.values.stage), lastFollowedAt: followedAt };
  st.newCustomers.set(key, created);
  return { id: created.id };
};

/** The contact a row names: the one normalizeRows found, one of the customer's by name, or a new one per customer and name. */
const contactOf = (row: NormalizedRow, customerId: string, st: State): string => {
  const found = String(row.values.contactId ?? '');
  const name = String(row.values.contactName ?? '').trim();
  if (found !== '' || name === '') return found;
  const existing = st.customersById.get(customerId)?.contacts?.find((c) => st.keyOf(c.name) === st.keyOf(name));
  if (existing) return existing.id;
  const key = `${customerId}\u0001${st.keyOf(name)}`;
  const known = st.newContacts.get(key);
  if (known) return known.id;
  const created: NewContact = { customerId, id: st.options.newId(), name };
  st.newContacts.set(key, created);
  return created.id;
};

/** The follow-up as its stored fields (without sync metadata or batch id); custom fields nested. */
const followUpValues = (row: NormalizedRow, customerId: string, contactId: string): Record<string, unknown> => {
  const v = row.values;
  const custom: Record<string, unknown> = {};
  for (const k in v) if (k.startsWith(CUSTOM_PREFIX)) custom[k.slice(CUSTOM_PREFIX.length)] = v[k];
  const followedAt = Number(v.followedAt);
  const values: Record<string, unknown> = {
    customerId, contactId, followedAt, followedDesc: descKey(followedAt), method: v.method, summary: v.summary ?? '', status: v.status, stage: v.stage,
    nextDate: v.nextDate ?? '', nextAction: v.nextAction ?? '', nextOwnerId: v.nextOwnerId ?? '', ownerId: v.ownerId, remark: v.remark ?? '', custom,
  };
  if (typeof v.amount === 'number') values.amount = v.amount;
  return values;
};

/**
 * Creator of an imported follow-up: the 责任人 the file names, because that person made the call or
 * visit; the history then reads "王五 logged it", not "admin imported it today". When the file names
 * no known member, the importer is the honest creator. The batch itself records who imported.
 */
const creatorOf = (row: NormalizedRow, options: PlanOptions): string => (row.defaulted.includes('ownerId') ? options.memberId : String(row.values.ownerId));

/** A row matched to an existing follow-up: skipped, or updated with the fields the file has (defaults never overwrite). */
const existingVerdict = (row: NormalizedRow, match: ExistingFollowUp, incoming: Record<string, unknown>, base: Omit<PlannedRow, 'verdict' | 'id'>, st: State): PlannedRow => {
  if (st.options.onExisting === 'skip') return { ...base, verdict: 'skipped', id: match.id, reasons: ['已有相同的跟进记录，按设置跳过'] };
  const flat = { ...row.values, customerId: incoming.customerId, contactId: incoming.contactId };
  const fields = [...DOC_FIELDS, ...Object.keys(row.values).filter((k) => k.startsWith(CUSTOM_PREFIX))].filter((f) => !row.defaulted.includes(f) && (f !== 'contactId' || incoming.contactId !== ''));
  const changes = diffValues(flat, match as unknown as Record<string, unknown>, fields);
  return { ...base, verdict: changes.length > 0 ? 'changed' : 'unchanged', id: match.id, ...(changes.length > 0 ? { changes } : {}) };
};

const planRow = (row: NormalizedRow, st: State): PlannedRow => {
  const createdBy = creatorOf(row, st.options);
  if (row.errors.length > 0) return { rowNumber: row.rowNumber, verdict: 'rejected', id: '', reasons: [...row.errors], values: {}, createdBy };
  const customer = customerOf(row, st);
  if ('reason' in customer) return { rowNumber: row.rowNumber, verdict: 'rejected', id: '', reasons: [customer.reason], values: {}, createdBy };
  const values = followUpValues(row, customer.id, contactOf(row, customer.id, st));
  const base = { rowNumber: row.rowNumber, customerId: customer.id, reasons: [] as string[], values, createdBy };
  const key = sameRowKey(customer.id, values.followedAt, values.summary, st.keyOf);
  const earlier = st.seen.get(key);
  if (earlier !== undefined) return { ...base, verdict: 'skipped', id: '', reasons: [`与第 ${earlier} 行重复`] };
  st.seen.set(key, row.rowNumber);
  const fileId = String(row.values.id ?? '');
  const match = (fileId && st.followUpsById.get(fileId)) || st.followUpsByKey.get(key);
  if (match && st.options.onExisting !== 'create') return existingVerdict(row, match, values, base, st);
  const reasons = fileId && !st.followUpsById.has(fileId) ? [`记录ID「${fileId}」在本团队中不存在，按新记录导入`] : [];
  return { ...base, verdict: 'new', id: st.options.newId(), reasons };
};

/** Follow-up rows planned against the team's data: see planImport. */
export const planFollowUps = (rows: readonly NormalizedRow[], existing: ExistingData, options: PlanOptions) => {
  const st = initState(existing, options);
  const planned = rows.map((row) => planRow(row, st));
  return { rows: planned, newCustomers: [...st.newCustomers.values()], newContacts: [...st.newContacts.values()] };
};
