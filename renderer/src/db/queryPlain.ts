import { normalizeMangoQuery, prepareQuery, type RxCollection } from 'rxdb';
import { nextTask } from '../app/utils/nextTask.ts';

/** What RxDB's Dexie storage keeps behind `storageInstance.internals` (absent on other storages). */
type DexieInternals = { dexieTable?: { toArray: () => Promise<Record<string, unknown>[]> }; booleanIndexes?: string[] };

const isEveryLiveDocument = (query: object): boolean => {
  const keys = Object.keys(query);
  if (keys.length !== 1 || keys[0] !== 'selector') return false;
  const selector = (query as { selector: Record<string, unknown> }).selector;
  const deleted = selector['_deleted'] as { $eq?: unknown } | undefined;
  return Object.keys(selector).length === 1 && deleted !== undefined && Object.keys(deleted).length === 1 && deleted.$eq === false;
};


/** Dexie cannot index booleans, so RxDB stores indexed ones as '1' / '0'; this turns them back, in place. */
const restoreBooleans = (doc: Record<string, unknown>, paths: readonly string[]): void => {
  for (const path of paths) {
    const parts = path.split('.');
    const last = parts.pop() ?? '';
    let holder: Record<string, unknown> | undefined = doc;
    for (const p of parts) holder = holder?.[p] as Record<string, unknown> | undefined;
    if (holder) holder[last] = holder[last] === '1';
  }
};

/**
 * Every live document in one IndexedDB getAll. RxDB's own query walks a cursor (one IndexedDB request
 * per document) and passes each document through every storage wrapper one promise at a time: at
 * 100,000 follow-ups that took several seconds; this takes about as long as IndexedDB needs to hand
 * the rows over. Same documents, same order (by primary key), as the query would give; null when the
 * storage is not Dexie (the memory storage of the tests), which then takes the query path.
 */
const readLiveFromDexie = async <T,>(collection: RxCollection<T>): Promise<T[] | null> => {
  const internals = (await (collection.storageInstance as unknown as { internals?: unknown }).internals) as DexieInternals | undefined;
  const table = internals?.dexieTable;
  const booleans = internals?.booleanIndexes;
  if (!table || !booleans || typeof table.toArray !== 'function') return null;
  // IndexedDB serves requests in the order they are made, and this one takes a second at 100,000
  // follow-ups: waiting one task lets the small reads a page makes while it mounts (settings, members,
  // reports) go first. One getAll (Dexie's toArray of a whole table): splitting it into ranges read two
  // at a time let small reads in between but made the whole read slower (measured at 100,000 rows).
  await nextTask();
  const stored = await table.toArray();
  const live: T[] = [];
  for (const doc of stored) {
    restoreBooleans(doc, booleans);
    if (doc['_deleted'] === false) live.push(doc as T);
  }
  return live;
};

/**
 * Reads documents below RxCollection: plain JSON objects, no RxDocument per row (100,000 of them would
 * cost seconds). For read-only bulk use: the grid's working set, the importer's comparison data.
 * Asking for every live document (`{ selector: { _deleted: { $eq: false } } }`) takes the fast path.
 */
export const queryPlain = async <T,>(collection: RxCollection<T>, query: object): Promise<T[]> => {
  if (isEveryLiveDocument(query)) {
    const live = await readLiveFromDexie(collection);
    if (live) return live;
  }
  const schema = collection.schema.jsonSchema;
  const result = await collection.storageInstance.query(prepareQuery(schema, normalizeMangoQuery(schema, query as never)));
  return result.documents as unknown as T[];
};
