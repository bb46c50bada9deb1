import type { Contact, CustomerDoc, EvidenceRecord } from '../db/schemas/customerSchema.ts';
import { matchKey } from '../grid/matchKey.ts';
import { phoneKeys } from '../importer/phoneKeys.ts';
import type { SyncMeta } from '../sync/syncMeta.ts';

type Customer = Omit<CustomerDoc, keyof SyncMeta>;

/** What merging one customer into another writes, and how the merged one's contacts map onto the kept one's. */
export type CustomerMerge = {
  /** Fields of the kept customer that change. */
  keepPatch: Partial<Customer>;
  /** The merged duplicate goes to the recycle bin, pointing at the kept customer. */
  dropPatch: { trashed: true; trashedAt: number; mergedInto: string };
  /** A merged contact that was the same person as a kept one: follow-ups naming it must name the kept one. */
  contactIdMap: Record<string, string>;
};

const SHORT_FIELDS = ['shortName', 'industry', 'source', 'region', 'address'] as const;
const LONG_FIELDS = ['needs', 'painPoints', 'remark'] as const;

/** Two texts of a long field: the kept one, and the other's below it unless it says the same. */
const joinTexts = (keep: string, other: string, from: string): string => {
  if (other.trim() === '' || keep.includes(other.trim())) return keep;
  if (keep.trim() === '') return other;
  return `${keep}\n（合并自「${from}」）${other}`;
};

/** Two contacts are one person when their names match (width, spaces, case aside) or they share a phone number. */
export const samePerson = (a: Contact, b: Contact): boolean =>
  matchKey(a.name) === matchKey(b.name) || (a.phone !== '' && phoneKeys(a.phone).some((p) => phoneKeys(b.phone).includes(p)));

/** The kept customer's contacts with the other's added; the same person (by name or phone) merges into one. */
const mergeContacts = (keep: readonly Contact[], other: readonly Contact[]): { contacts: Contact[]; map: Record<string, string> } => {
  const contacts = keep.map((c) => ({ ...c, roles: [...c.roles] }));
  const map: Record<string, string> = {};
  for (const c of other) {
    const same = contacts.find((k) => samePerson(k, c));
    if (!same) {
      contacts.push(c);
      continue;
    }
    map[c.id] = same.id;
    for (const f of ['title', 'phone', 'wechat', 'email', 'note'] as const) if (same[f] === '' && c[f] !== '') same[f] = c[f];
    same.roles = [...new Set([...same.roles, ...c.roles])];
  }
  return { contacts, map };
};

/** Each evidence node once: the earlier date it was reached, both notes, every attachment. */
const mergeEvidence = (keep: readonly EvidenceRecord[], other: readonly EvidenceRecord[], from: string): EvidenceRecord[] => {
  const byNode = new Map(keep.map((e) => [e.node, { ...e, attachmentIds: [...(e.attachmentIds ?? [])] }]));
  for (const e of other) {
    const known = byNode.get(e.node);
    if (!known) byNode.set(e.node, e);
    else byNode.set(e.node, { node: e.node, reachedAt: [known.reachedAt, e.reachedAt].filter(Boolean).sort()[0] ?? '', note: joinTexts(known.note, e.note, from), attachmentIds: [...new Set([...known.attachmentIds, ...(e.attachmentIds ?? [])])] });
  }
  return [...byNode.values()];
};

/**
 * Merging duplicate `drop` into `keep`, losing nothing: the kept customer's values win where both
 * have one; what only the duplicate had is added (contacts, competitors, evidence, phones, custom
 * fields, texts appended with where they came from). Its stage is the stage of whichever was followed
 * up last; won amounts add up. The caller moves the duplicate's follow-ups (and comments) to `keep`.
 */
export const mergeCustomers = (keep: Customer, drop: Customer, now: number): CustomerMerge => {
  const patch: Partial<Customer> = {};
  for (const f of SHORT_FIELDS) if (keep[f] === '' && drop[f] !== '') patch[f] = drop[f];
  for (const f of LONG_FIELDS) if (joinTexts(keep[f], drop[f], drop.name) !== keep[f]) patch[f] = joinTexts(keep[f], drop[f], drop.name);
  const { contacts, map } = mergeContacts(keep.contacts, drop.contacts);
  patch.contacts = contacts;
  patch.competitors = [...keep.competitors, ...drop.competitors.filter((s) => !keep.competitors.some((k) => k.id === s.id))];
  patch.evidence = mergeEvidence(keep.evidence, drop.evidence, drop.name);
  patch.phoneKeys = [...new Set([...keep.phoneKeys, ...drop.phoneKeys])];
  patch.custom = { ...drop.custom, ...keep.custom };
  if (keep.expectedAmount === undefined && drop.expectedAmount !== undefined) patch.expectedAmount = drop.expectedAmount;
  if (drop.wonAmount !== undefined) patch.wonAmount = (keep.wonAmount ?? 0) + drop.wonAmount;
  if (!keep.expectedCloseDate && drop.expectedCloseDate) patch.expectedCloseDate = drop.expectedCloseDate;
  if (drop.lastFollowedAt > keep.lastFollowedAt) Object.assign(patch, { lastFollowedAt: drop.lastFollowedAt, stage: drop.stage, status: drop.status });
  const next = [keep.nextDate, drop.nextDate].filter((d) => d !== '').sort()[0];
  if (next !== undefined && next !== keep.nextDate) patch.nextDate = next;
  return { keepPatch: patch, dropPatch: { trashed: true, trashedAt: now, mergedInto: keep.id }, contactIdMap: map };
};
