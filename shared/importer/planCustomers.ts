import type { Contact } from '../db/schemas/customerSchema.ts';
import { customerNameKey } from '../domain/customerNameKey.ts';
import { similarName, similarNameIndex, type SimilarNameIndex } from '../customers/similarNames.ts';
import { newCustomerFields } from '../domain/newCustomerFields.ts';
import { CUSTOM_PREFIX } from '../grid/followUpColumns.ts';
import { matchKey } from '../grid/matchKey.ts';
import { diffValues } from './diffValues.ts';
import type { ExistingCustomer, ExistingData, FieldChange, NormalizedRow, PlannedRow, PlanOptions } from './importTypes.ts';
import { phoneKeys } from './phoneKeys.ts';

/** Customer fields a file sets directly (the contact columns become a contact). */
const SCALARS = ['name', 'shortName', 'industry', 'source', 'grade', 'ownerId', 'stage', 'status', 'intent', 'region', 'address', 'needs', 'expectedAmount', 'nextDate', 'remark'];

type State = { options: PlanOptions; byName: Map<string, ExistingCustomer[]>; byPhone: Map<string, ExistingCustomer[]>; similar: SimilarNameIndex; seen: Map<string, number> };

const indexBy = (customers: readonly ExistingCustomer[], keys: (c: ExistingCustomer) => string[]): Map<string, ExistingCustomer[]> => {
  const map = new Map<string, ExistingCustomer[]>();
  for (const c of customers) for (const k of keys(c)) map.set(k, [...(map.get(k) ?? []), c]);
  return map;
};

/** The existing customer a row means, by normalized name and/or phone as the user chose; a name shared by several is refused. */
const matchCustomer = (nameKey: string, phones: readonly string[], st: State): ExistingCustomer | { reason: string } | null => {
  const { match } = st.options;
  if (match !== 'phone') {
    const named = st.byName.get(nameKey) ?? [];
    if (named.length > 1) return { reason: `已有 ${named.length} 个同名客户，无法确定是哪一个；请先在客户中合并重复的客户` };
    if (named[0]) return named[0];
  }
  if (match !== 'name') for (const p of phones) if (st.byPhone.get(p)?.[0]) return st.byPhone.get(p)?.[0] ?? null;
  return null;
};

type ContactFields = Omit<Contact, 'id'>;

/** The row's contact columns as one contact (its id is drawn only when it is written), or null when it has none. */
const contactOf = (v: Record<string, unknown>): ContactFields | null => {
  const text = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
  if (!['contactName', 'phone', 'wechat', 'email'].some((k) => text(k) !== '')) return null;
  return { name: text('contactName'), title: text('contactTitle'), phone: text('phone'), wechat: text('wechat'), email: text('email'), roles: [], note: '' };
};

const customOf = (v: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(v).filter(([k]) => k.startsWith(CUSTOM_PREFIX)).map(([k, x]) => [k.slice(CUSTOM_PREFIX.length), x]));

/** A new customer's stored fields: newCustomerFields' defaults, then what the file has. */
const newValues = (id: string, row: NormalizedRow, contact: Contact | null, phones: string[]): Record<string, unknown> => {
  const v = row.values;
  const scalars = Object.fromEntries(SCALARS.filter((f) => v[f] !== undefined).map((f) => [f, v[f]]));
  return { ...newCustomerFields(id, String(v.name), String(v.ownerId)), ...scalars, nameKey: customerNameKey(String(v.name)), contacts: contact ? [contact] : [], phoneKeys: phones, custom: customOf(v) };
};

/**
 * Contacts and phone keys an update adds: a named contact the customer lacks (by name or phone), and
 * numbers it does not have yet. A number without a name only adds the number.
 */
const listChanges = (match: ExistingCustomer, contact: ContactFields | null, phones: readonly string[], newId: () => string): FieldChange[] => {
  const changes: FieldChange[] = [];
  const contacts = match.contacts ?? [];
  const known = contacts.some((c) => matchKey(c.name) === matchKey(contact?.name ?? '') || (contact?.phone && phoneKeys(c.phone).some((k) => phones.includes(k))));
  if (contact && contact.name !== '' && !known) changes.push({ field: 'contacts', from: contacts, to: [...contacts, { id: newId(), ...contact }] });
  const added = phones.filter((p) => !match.phoneKeys.flatMap(phoneKeys).includes(p));
  if (added.length > 0) changes.push({ field: 'phoneKeys', from: match.phoneKeys, to: [...match.phoneKeys, ...added] });
  return changes;
};

const planRow = (row: NormalizedRow, st: State): PlannedRow => {
  const createdBy = row.defaulted.includes('ownerId') ? st.options.memberId : String(row.values.ownerId);
  const base = { rowNumber: row.rowNumber, reasons: [] as string[], createdBy };
  if (row.errors.length > 0) return { ...base, verdict: 'rejected', id: '', reasons: [...row.errors], values: {} };
  const nameKey = customerNameKey(String(row.values.name));
  const earlier = st.seen.get(nameKey);
  if (earlier !== undefined) return { ...base, verdict: 'skipped', id: '', reasons: [`与第 ${earlier} 行是同一个客户`], values: {} };
  st.seen.set(nameKey, row.rowNumber);
  const phones = phoneKeys(String(row.values.phone ?? ''));
  const contact = contactOf(row.values);
  const match = matchCustomer(nameKey, phones, st);
  if (match && 'reason' in match) return { ...base, verdict: 'rejected', id: '', reasons: [match.reason], values: {} };
  if (!match || st.options.onExisting === 'create') {
    const id = st.options.newId();
    // A name inside an existing one or holding it (恒瑞精密 / 苏州恒瑞精密机械) is imported, with a word to check it.
    const near = match ? undefined : similarName(st.similar, String(row.values.name));
    const reasons = near ? [`名称与已有客户「${near.name}」相近，请确认不是同一个客户`] : [];
    return { ...base, reasons, verdict: 'new', id, values: newValues(id, row, contact ? { id: st.options.newId(), ...contact } : null, phones) };
  }
  const values = { ...Object.fromEntries(SCALARS.filter((f) => row.values[f] !== undefined).map((f) => [f, row.values[f]])), phoneKeys: phones, custom: customOf(row.values) };
  if (st.options.onExisting === 'skip') return { ...base, verdict: 'skipped', id: match.id, reasons: ['已有此客户，按设置跳过'], values };
  const fields = [...SCALARS.filter((f) => f !== 'name'), ...Object.keys(row.values).filter((k) => k.startsWith(CUSTOM_PREFIX))].filter((f) => !row.defaulted.includes(f));
  const changes = [...diffValues(row.values, match as unknown as Record<string, unknown>, fields), ...listChanges(match, contact, phones, st.options.newId)];
  return { ...base, verdict: changes.length > 0 ? 'changed' : 'unchanged', id: match.id, values, ...(changes.length > 0 ? { changes } : {}) };
};

/** Customer rows planned against the team's customers: see planImport. */
export const planCustomers = (rows: readonly NormalizedRow[], existing: ExistingData, options: PlanOptions): PlannedRow[] => {
  const st: State = {
    options,
    byName: indexBy(existing.customers, (c) => [c.nameKey || customerNameKey(c.name)]),
    byPhone: indexBy(existing.customers, (c) => c.phoneKeys.flatMap(phoneKeys)),
    similar: similarNameIndex(existing.customers),
    seen: new Map(),
  };
  return rows.map((row) => planRow(row, st));
};
