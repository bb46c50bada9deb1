import type { CustomerDoc } from '../db/schemas/customerSchema.ts';
import { customerNameKey } from '../domain/customerNameKey.ts';
import { phoneKeys } from '../importer/phoneKeys.ts';

/** Why two customers look like one: the same normalized name, a shared phone number, or one name inside the other. */
export type DuplicateReason = 'name' | 'phone' | 'similar';

export type DuplicateMatch = { id: string; name: string; reasons: DuplicateReason[] };

/** What is being created or imported: a name and the phone numbers typed for it (any format). */
export type DuplicateCandidate = { name: string; phones?: readonly string[]; excludeId?: string };

type Known = Pick<CustomerDoc, 'id' | 'name' | 'nameKey' | 'phoneKeys' | 'trashed'>;

/** Shorter keys than this ("华为", "恒瑞") are too common to call a name inside another one the same company. */
const SIMILAR_MIN = 4;

/**
 * Existing customers that may be the one being created (DOMAIN-style normalized name: 有限公司, 股份,
 * brackets, full/half width folded; phone numbers by their digits), strongest first: same name, then a
 * shared phone, then a name contained in the other (苏州恒瑞精密 ⊂ 苏州恒瑞精密机械). Customers in the
 * recycle bin are left out.
 */
export const findDuplicateCustomers = (candidate: DuplicateCandidate, customers: readonly Known[]): DuplicateMatch[] => {
  const key = customerNameKey(candidate.name);
  const phones = new Set((candidate.phones ?? []).flatMap(phoneKeys));
  const matches: DuplicateMatch[] = [];
  for (const c of customers) {
    if (c.trashed || c.id === candidate.excludeId) continue;
    const other = c.nameKey || customerNameKey(c.name);
    const reasons: DuplicateReason[] = [];
    if (key !== '' && other === key) reasons.push('name');
    if (c.phoneKeys.some((p) => phones.has(p))) reasons.push('phone');
    const [short, long] = key.length <= other.length ? [key, other] : [other, key];
    if (!reasons.includes('name') && short.length >= SIMILAR_MIN && long.includes(short)) reasons.push('similar');
    if (reasons.length > 0) matches.push({ id: c.id, name: c.name, reasons });
  }
  const rank = (m: DuplicateMatch) => (m.reasons.includes('name') ? 0 : m.reasons.includes('phone') ? 1 : 2);
  return matches.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'zh-CN'));
};
