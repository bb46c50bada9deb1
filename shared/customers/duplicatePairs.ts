import type { CustomerDoc } from '../db/schemas/customerSchema.ts';
import { customerNameKey } from '../domain/customerNameKey.ts';
import type { DuplicateReason } from './findDuplicateCustomers.ts';

type Known = Pick<CustomerDoc, 'id' | 'name' | 'nameKey' | 'phoneKeys' | 'trashed' | 'createdAt'>;

/** Two customers that look like one: `keep` is the older (the one a merge keeps by default). */
export type DuplicatePair = { keepId: string; dropId: string; reasons: DuplicateReason[] };

const byAge = (a: Known, b: Known) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);

/**
 * Pairs of live customers that share a normalized name or a phone number, across the whole list:
 * customers are grouped by name key and by each phone key, and each group is paired off against its
 * oldest customer (a number shared by 30 customers — a switchboard — gives 29 pairs, not 435). A pair
 * found by name and by phone is listed once with both reasons; name matches first, then by name.
 * One pass over the customers; no name-inside-name search (that is for one new name at a time).
 */
export const duplicatePairs = (customers: readonly Known[]): DuplicatePair[] => {
  const groups = new Map<string, Known[]>();
  const add = (key: string, c: Known) => {
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  };
  for (const c of customers) {
    if (c.trashed) continue;
    const name = c.nameKey || customerNameKey(c.name);
    if (name !== '') add(`name:${name}`, c);
    for (const phone of new Set(c.phoneKeys)) add(`phone:${phone}`, c);
  }
  const pairs = new Map<string, DuplicatePair & { name: string }>();
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    const reason: DuplicateReason = key.startsWith('name:') ? 'name' : 'phone';
    const [oldest, ...others] = [...group].sort(byAge);
    for (const other of others) {
      if (!oldest || other.id === oldest.id) continue;
      const id = `${oldest.id}\u0000${other.id}`;
      const known = pairs.get(id);
      if (known && !known.reasons.includes(reason)) known.reasons.push(reason);
      else if (!known) pairs.set(id, { keepId: oldest.id, dropId: other.id, reasons: [reason], name: oldest.name });
    }
  }
  const rank = (p: DuplicatePair) => (p.reasons.includes('name') ? 0 : 1);
  return [...pairs.values()]
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'zh-CN'))
    .map(({ keepId, dropId, reasons }) => ({ keepId, dropId, reasons: reasons.sort((a, b) => (a === 'name' ? -1 : b === 'name' ? 1 : 0)) }));
};
