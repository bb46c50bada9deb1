import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { SalesDeskDatabase } from '../../../shared/db/collections.ts';
import { openDatabase } from '../../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../../shared/db/schemaValidator.ts';

export const LOCAL_DB_NAME = 'salesdesk';

/** This desktop's full replica, in IndexedDB through Dexie; several windows share it. */
export const createLocalDatabase = (): Promise<SalesDeskDatabase> =>
  openDatabase({ name: LOCAL_DB_NAME, storage: validatingStorage(getRxStorageDexie()), multiInstance: true });
