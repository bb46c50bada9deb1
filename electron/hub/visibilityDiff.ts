import type { CollectionName } from '../../shared/db/collections.ts';
import { customerBoundCollections, filteredCollections, visibleTo, type VisibilityScope } from '../../shared/sync/visibility.ts';
import type { HubStore, ReplicatedDoc } from './store/HubStore.ts';

/** What a scope change gives a rep (whole documents) and takes away (ids), per collection. */
export type ScopeDiff = { reveal: Map<CollectionName, ReplicatedDoc[]>; hide: Map<CollectionName, string[]> };

const PAGE = 2000;

const symmetricDifference = (a: ReadonlySet<string>, b: ReadonlySet<string>): string[] => [...[...a].filter((x) => !b.has(x)), ...[...b].filter((x) => !a.has(x))];

/** The documents whose visibility may differ between two scopes of the same rep (a reassignment). */
const candidates = (store: HubStore, collection: CollectionName, customers: string[], followUps: string[]): ReplicatedDoc[] => {
  if (collection === 'customers') return [...store.get('customers', customers).values()];
  if (collection === 'followups') return [...store.get('followups', followUps).values(), ...store.visibility.referencing('followups', 'customerId', customers).map((r) => r.doc)];
  const field = collection === 'comments' ? 'targetId' : 'ownerId';
  return store.visibility.referencing(collection, field, [...customers, ...followUps]).map((r) => r.doc);
};

/** Adds to `diff` what `docs` of one collection gain or lose between two scopes (null: everything). */
const compare = (diff: ScopeDiff, collection: CollectionName, docs: readonly ReplicatedDoc[], old: VisibilityScope | null, next: VisibilityScope | null, skip: (id: string) => boolean) => {
  const seen = new Set<string>();
  const reveal: ReplicatedDoc[] = [];
  const hide: string[] = [];
  for (const doc of docs) {
    if (seen.has(doc.id) || skip(doc.id)) continue;
    seen.add(doc.id);
    const was = visibleTo(collection, doc, old);
    const now = visibleTo(collection, doc, next);
    if (now && !was && !doc._deleted) reveal.push(doc);
    if (was && !now) hide.push(doc.id);
  }
  if (reveal.length) diff.reveal.set(collection, reveal);
  if (hide.length) diff.hide.set(collection, hide);
};

/**
 * A reassignment: compares what two scopes of the same rep let them see, reading only the documents bound
 * to the customers and follow-ups that moved. `skip` ids of `skipCollection` are left out: the commit that
 * caused the change carries them itself.
 */
export const diffScopes = (store: HubStore, old: VisibilityScope, next: VisibilityScope, skip: ReadonlySet<string>, skipCollection: CollectionName): ScopeDiff => {
  const diff: ScopeDiff = { reveal: new Map(), hide: new Map() };
  const movedCustomers = symmetricDifference(old.customers, next.customers);
  const movedFollowUps = symmetricDifference(old.followUps, next.followUps);
  for (const collection of customerBoundCollections) {
    compare(diff, collection, candidates(store, collection, movedCustomers, movedFollowUps), old, next, (id) => collection === skipCollection && skip.has(id));
  }
  return diff;
};

/** One rep's side of a rule switch: what they saw and will see (null: everything), and where to send the difference. */
export type SwitchParty = { old: VisibilityScope | null; next: VisibilityScope | null; send: (diff: ScopeDiff) => void };

/**
 * The rule switched: every filtered collection is read once, a page at a time, and each rep is sent the page's
 * difference at once, so a 100,000-row team is never held in memory and the hub serves others between pages.
 */
export const streamRuleSwitch = async (store: HubStore, parties: readonly SwitchParty[], pause: () => Promise<void>): Promise<void> => {
  for (const collection of filteredCollections) {
    for (let after = 0; ; ) {
      const page = store.pull(collection, after, PAGE);
      const docs = page.map((r) => r.doc);
      for (const party of parties) {
        const diff: ScopeDiff = { reveal: new Map(), hide: new Map() };
        compare(diff, collection, docs, party.old, party.next, () => false);
        if (diff.reveal.size || diff.hide.size) party.send(diff);
      }
      if (page.length < PAGE) break;
      after = page.at(-1)?.seq ?? after;
      await pause();
    }
  }
};
