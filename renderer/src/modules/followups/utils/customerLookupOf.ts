import type { CustomerRow } from '../../../../../shared/customers/customerRow.ts';
import type { GridLookups } from '../../../../../shared/grid/gridTypes.ts';

type CustomerLookup = GridLookups['customers'];
type Entry = CustomerLookup extends ReadonlyMap<string, infer V> ? V : never;

const sameLookup = (a: CustomerLookup, b: CustomerLookup): boolean => {
  if (a.size !== b.size) return false;
  for (const [id, x] of b) {
    const y = a.get(id);
    if (!y || y.name !== x.name || y.stage !== x.stage || y.contacts.length !== x.contacts.length || y.contacts.some((k, i) => k.id !== x.contacts[i]?.id || k.name !== x.contacts[i]?.name)) return false;
  }
  return true;
};

/** The last lookup made from each working set's rows (the same Map object, updated in place). */
const last = new WeakMap<ReadonlyMap<string, CustomerRow>, CustomerLookup>();

/**
 * What the grid needs of each live customer (name, stage, contacts), the same object as last time when
 * none of that changed: a customer's score or grade changing (the grading pass) leaves the grid's
 * lookups as they were, so its sort and search index are not rebuilt for nothing.
 */
export const customerLookupOf = (rows: ReadonlyMap<string, CustomerRow>): CustomerLookup => {
  const lookup = new Map<string, Entry>();
  for (const c of rows.values()) if (!c.trashed) lookup.set(c.id, { name: c.name, stage: c.stage, contacts: c.contacts.map((k) => ({ id: k.id, name: k.name })) });
  const previous = last.get(rows);
  if (previous && sameLookup(previous, lookup)) return previous;
  last.set(rows, lookup);
  return lookup;
};
