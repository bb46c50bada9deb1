import type { HubStore } from './HubStore.ts';

export type SwappableHubStore = HubStore & {
  /** Replaces the store every holder of this one sees from the next call on (the old one is the caller's to close). */
  swap: (next: HubStore) => void;
};

/**
 * One HubStore reference the sync server, team API, blob API and backup schedule all keep, whose
 * database can be swapped while the hub keeps serving (restore from a backup in place). A Proxy,
 * not a list of delegating methods, so a method added to HubStore later is forwarded too.
 */
export const createSwappableHubStore = (initial: HubStore): SwappableHubStore => {
  let current = initial;
  const swap = (next: HubStore): void => {
    current = next;
  };
  return new Proxy({} as SwappableHubStore, {
    get: (_target, key) => (key === 'swap' ? swap : Reflect.get(current, key)),
    has: (_target, key) => key === 'swap' || Reflect.has(current, key),
  });
};
