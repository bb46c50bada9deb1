import { addRxPlugin, createRxDatabase, type RxStorage } from 'rxdb';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { validatingStorage } from './schemaValidator.ts';
import { collectionSpecs, type SalesDeskCollections, type SalesDeskDatabase } from './collections.ts';

addRxPlugin(RxDBMigrationSchemaPlugin);
addRxPlugin(RxDBLocalDocumentsPlugin);

export type OpenDatabaseOptions = {
  name: string;
  /** Dexie in the renderer; memory or fake-indexeddb Dexie in Node tests. */
  storage: RxStorage<unknown, unknown>;
  multiInstance?: boolean;
};

/**
 * Opens the local replica with every collection, validating each write against its JSON schema
 * (so a bad document is refused with the field named, never stored) and migrating old versions.
 */
export const openDatabase = async ({ name, storage, multiInstance = false }: OpenDatabaseOptions): Promise<SalesDeskDatabase> => {
  const db = await createRxDatabase<SalesDeskCollections>({
    name,
    storage: validatingStorage(storage),
    multiInstance,
    localDocuments: true,
    closeDuplicates: true,
    // Placeholder pages and status counts filter on non-indexed fields (trashed); fine at local scale.
    allowSlowCount: true,
  });
  await db.addCollections(collectionSpecs);
  return db;
};
