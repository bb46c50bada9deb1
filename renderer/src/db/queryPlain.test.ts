import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../../shared/db/schemaValidator.ts';
import { testRow } from '../../../shared/grid/testRows.ts';
import { queryPlain } from './queryPlain.ts';

const EVERY_LIVE = { selector: { _deleted: { $eq: false } } };
/** The same documents asked another way, so RxDB's own query answers (sorted by id, as the fast path reads them). */
const THROUGH_RXDB = { selector: { _deleted: { $eq: false } }, sort: [{ id: 'asc' }] };

const fill = async (storage: Parameters<typeof openDatabase>[0]['storage']) => {
  const db = await openDatabase({ name: `plain${Date.now()}${Math.round(Math.random() * 1e6)}`, storage, only: ['followups'] });
  await db.followups.bulkInsert([
    testRow('f3', { summary: '电话沟通' }),
    testRow('f1', { trashed: true, trashedAt: 5 }),
    testRow('f2', { amount: 12_000, custom: { cf_a: '甲' } }),
    testRow('f4'),
  ]);
  // A purged-to-be row: RxDB keeps it as _deleted until cleanup; it is not live.
  await (await db.followups.findOne('f4').exec())!.remove();
  return db;
};

describe('queryPlain', () => {
  it('reads every live document from Dexie in one go, exactly as RxDB’s own query returns them', async () => {
    const db = await fill(validatingStorage(getRxStorageDexie({ indexedDB, IDBKeyRange })));
    const fast = await queryPlain(db.followups, EVERY_LIVE);
    const slow = await queryPlain(db.followups, THROUGH_RXDB);
    expect(fast.map((d) => d.id)).toEqual(['f1', 'f2', 'f3']);
    // Booleans Dexie stored as '1' / '0' come back as booleans; nested values and amounts as written.
    expect(fast).toEqual(slow);
    expect(fast[0]).toMatchObject({ trashed: true, _deleted: false });
    expect(fast[1]).toMatchObject({ trashed: false, amount: 12_000, custom: { cf_a: '甲' } });
    await db.remove();
  });

  it('takes the query path on other storages', async () => {
    const db = await fill(getRxStorageMemory());
    expect((await queryPlain(db.followups, EVERY_LIVE)).map((d) => d.id)).toEqual(['f1', 'f2', 'f3']);
    await db.remove();
  });
});
