import { addRxPlugin, createRxDatabase, type RxStorage } from 'rxdb';
import { RxDBLeaderElectionPlugin } from 'rxdb/plugins/leader-election';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { collectionCreators, type CollectionName, type SalesDeskCollections, type SalesDeskDatabase } from './collections.ts';

addRxPlugin(RxDBMigrationSchemaPlugin);
addRxPlugin(RxDBLocalDocumentsPlugin);
// Several windows share one replica; only the leader replicates with the hub.
addRxPlugin(RxDBLeaderElectionPlugin);

export type OpenDatabaseOptions = {
  name: string;
  /**
   * Dexie in the renderer, memory or fake-indexeddb in Node. Wrap it in `validatingStorage` (from
   * schemaValidator.ts) wherever writes come from this side; the hub validates what arrives over the network.
   */
  storage: RxStorage<unknown, unknown>;
  multiInstance?: boolean;
  /**
   * Open only these collections. RxDB's free build allows 13 open collections per JS realm (not per
   * database), so tests that run several clients in one process give each client what it needs.
   */
  only?: readonly CollectionName[];
};

/** Opens the local replica with every collection (or `only` some), migrating old schema versions. */
export const openDatabase = async ({ name, storage, multiInstance = false, only }: OpenDatabaseOptions): Promise<SalesDeskDatabase> => {
  const db = await createRxDatabase<SalesDeskCollections>({
    name,
    storage,
    multiInstance,
    localDocuments: true,
    closeDuplicates: true,
    // Placeholder pages and status counts filter on non-indexed fields (trashed); fine at local scale.
    allowSlowCount: true,
  });
  const wanted = only ? Object.fromEntries(only.map((c) => [c, collectionCreators[c]])) : collectionCreators;
  await db.addCollections(wanted as typeof collectionCreators);
  return db;
};
