import type { CollectionName } from '../../shared/db/collections.ts';
import { customerBoundCollections, filteredCollections, visibleTo, type VisibilityScope } from '../../shared/sync/visibility.ts';
import type { HubStore, ReplicatedDoc } from './store/HubStore.ts';

/** What a scope change gives a rep (whole documents) and takes away (ids), per collection. */
export type ScopeDiff = { reveal: Map<CollectionName, ReplicatedDoc[]>; hide: Map<CollectionName, string[]> };

const PAGE = 5000;

const symmetricDifference = (a: ReadonlySet<string>, b: ReadonlySet<string>): string[] => [...[...a].filter((x) => !b.has(x)), ...[...b].filter((x) => !a.has(x))];

/** Every master of a collection, paged (a rule switch is rare and concerns the whole team's data). */
const allMasters = (store: HubStore, collection: CollectionName): ReplicatedDoc[] => {
  const docs: ReplicatedDoc[] = [];
  for (let after = 0; ; ) {
    const page = store.pull(collection, after, PAGE);
    docs.push(...page.map((r) => r.doc));
    if (page.length < PAGE) return docs;
    after = page.at(-1)?.seq ?? after;
  }
};

/** The documents whose visibility may differ between two scopes of the same rep (a reassignment). */
const candidates = (store: HubStore, collection: CollectionName, customers: string[], followUps: string[]): ReplicatedDoc[] => {
  if (collection === 'customers') return [...store.get('customers', customers).values()];
  if (collection === 'followups') return [...store.get('followups', followUps).values(), ...store.visibility.referencing('followups', 'customerId', customers).map((r) => r.doc)];
  const field = collection === 'comments' ? 'targetId' : 'ownerId';
  return store.visibility.referencing(collection, field, [...customers, ...followUps]).map((r) => r.doc);
};

/**
 * Compares what `old` and `next` let a rep see (null: everything). Between two scopes only documents
 * bound to the customers and follow-ups that moved are read; a rule switch reads every filtered collection.
 * `skip` ids of `skipCollection` are left out: the commit that caused the change carries them itself.
 */
export const diffScopes = (store: HubStore, old: VisibilityScope | null, next: VisibilityScope | null, skip: ReadonlySet<string>, skipCollection: CollectionName | null): ScopeDiff => {
  const diff: ScopeDiff = { reveal: new Map(), hide: new Map() };
  const targeted = old !== null && next !== null;
  const movedCustomers = targeted ? symmetricDifference(old.customers, next.customers) : [];
  const movedFollowUps = targeted ? symmetricDifference(old.followUps, next.followUps) : [];
  const collections = targeted ? customerBoundCollections : filteredCollections;
  for (const collection of collections) {
    const docs = targeted ? candidates(store, collection, movedCustomers, movedFollowUps) : allMasters(store, collection);
    const seen = new Set<string>();
    const reveal: ReplicatedDoc[] = [];
    const hide: string[] = [];
    for (const doc of docs) {
      if (seen.has(doc.id) || (collection === skipCollection && skip.has(doc.id))) continue;
      seen.add(doc.id);
      const was = visibleTo(collection, doc, old);
      const now = visibleTo(collection, doc, next);
      if (now && !was && !doc._deleted) reveal.push(doc);
      if (was && !now) hide.push(doc.id);
    }
    if (reveal.length) diff.reveal.set(collection, reveal);
    if (hide.length) diff.hide.set(collection, hide);
  }
  return diff;
};
