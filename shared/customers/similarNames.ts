import type { CustomerDoc } from '../db/schemas/customerSchema.ts';
import { customerNameKey } from '../domain/customerNameKey.ts';

type Known = Pick<CustomerDoc, 'id' | 'name' | 'nameKey'>;

/** As findDuplicateCustomers: a shorter key than this ("华为") is too common to mean the same company. */
const MIN = 4;

/** Existing customers by name key and by each 4-character piece of it, built once for a whole import. */
export type SimilarNameIndex = { byKey: Map<string, Known>; byGram: Map<string, Known[]> };

export const similarNameIndex = (customers: readonly Known[]): SimilarNameIndex => {
  const byKey = new Map<string, Known>();
  const byGram = new Map<string, Known[]>();
  for (const c of customers) {
    const key = c.nameKey || customerNameKey(c.name);
    if (key.length < MIN || byKey.has(key)) continue;
    byKey.set(key, c);
    for (const gram of new Set(Array.from({ length: key.length - MIN + 1 }, (_, i) => key.slice(i, i + MIN)))) {
      const list = byGram.get(gram);
      if (list) list.push(c);
      else byGram.set(gram, [c]);
    }
  }
  return { byKey, byGram };
};

/**
 * An existing customer whose name is inside this one or holds it (findDuplicateCustomers' 'similar':
 * 苏州恒瑞精密 ⊂ 苏州恒瑞精密机械), for a name about to be created; undefined when none. Per name: the
 * key's own pieces are looked up (a name inside it), and only customers sharing its first piece are
 * compared (a name holding it) — no scan of every customer, so a 10,000-row import stays quick.
 */
export const similarName = (index: SimilarNameIndex, name: string): Known | undefined => {
  const key = customerNameKey(name);
  if (key.length < MIN) return undefined;
  for (let length = key.length - 1; length >= MIN; length--) {
    for (let i = 0; i + length <= key.length; i++) {
      const inside = index.byKey.get(key.slice(i, i + length));
      if (inside) return inside;
    }
  }
  return index.byGram.get(key.slice(0, MIN))?.find((c) => {
    const other = c.nameKey || customerNameKey(c.name);
    return other !== key && other.includes(key);
  });
};
