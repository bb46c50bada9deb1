import { describe, expect, it } from 'vitest';
import { addRxPlugin } from 'rxdb';
import { RxDBDevModePlugin } from 'rxdb/plugins/dev-mode';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { openDatabase } from './openDatabase.ts';
import { collectionNames } from './collections.ts';
import { validatingStorage } from './schemaValidator.ts';

// Dev mode checks every schema the way RxDB's own tooling does (indexes on required, bounded fields…).
addRxPlugin(RxDBDevModePlugin);

describe('openDatabase', () => {
  it('opens every collection, within the free limit, with schemas dev mode accepts', async () => {
    const db = await openDatabase({ name: `open${Date.now()}`, storage: validatingStorage(getRxStorageMemory()) });
    expect(Object.keys(db.collections).sort()).toEqual([...collectionNames].sort());
    expect(collectionNames.length).toBeLessThanOrEqual(13);
    await db.remove();
  });
});
