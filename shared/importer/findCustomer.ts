import { customerNameKey } from '../domain/customerNameKey.ts';
import type { GridLookups } from '../grid/gridTypes.ts';
import { matchKey } from '../grid/matchKey.ts';

type NameIndex = { exact: Map<string, string[]>; loose: Map<string, string[]> };

/** Built once per customers map: an import of 100,000 rows must not rescan every customer per row. */
const indexes = new WeakMap<GridLookups['customers'], NameIndex>();

const indexOf = (customers: GridLookups['customers']): NameIndex => {
  const cached = indexes.get(customers);
  if (cached) return cached;
  const index: NameIndex = { exact: new Map(), loose: new Map() };
  const add = (map: Map<string, string[]>, key: string, id: string) => map.set(key, [...(map.get(key) ?? []), id]);
  for (const [id, c] of customers) {
    add(index.exact, matchKey(c.name), id);
    add(index.loose, customerNameKey(c.name), id);
  }
  indexes.set(customers, index);
  return index;
};

/**
 * The customers a name in the file may mean, as the grid's 客户 cell finds them: the exact name
 * (width, spaces and case aside), else the duplicate-detection key (恒瑞精密（苏州）有限公司 finds
 * 恒瑞精密(苏州)). Empty when none; more than one id when the name is ambiguous.
 */
export const findCustomer = (name: string, customers: GridLookups['customers']): string[] => {
  const index = indexOf(customers);
  const loose = customerNameKey(name);
  return index.exact.get(matchKey(name)) ?? (loose === '' ? undefined : index.loose.get(loose)) ?? [];
};
