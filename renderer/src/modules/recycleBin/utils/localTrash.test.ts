import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import { openDatabase } from '../../../../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../../../../shared/db/schemaValidator.ts';
import { insertStamped, patchManyStamped, type Writer } from '../../../../../shared/db/stampedWrites.ts';
import { newCustomerFields } from '../../../../../shared/domain/newCustomerFields.ts';
import { createHlcClock } from '../../../../../shared/sync/createHlcClock.ts';
import { sampleFollowUp } from '../../../../../tests/support/sampleFollowUp.ts';
import { localTrash } from './localTrash.ts';
import { restoreBinnedRecord } from './restoreBinnedRecord.ts';

let db: SalesDeskDatabase;
let now = 1_000;
const writer: Writer = { memberId: 'm1', clock: createHlcClock('pc', () => now), now: () => now };

beforeAll(async () => {
  db = await openDatabase({ name: `bin${Math.random().toString(36).slice(2)}`, storage: validatingStorage(getRxStorageMemory()), only: ['followups', 'customers', 'dailyreports', 'comments', 'savedviews', 'attachments'] });
  await insertStamped(db.followups, sampleFollowUp('f1', 'm1'), writer);
  await insertStamped(db.followups, sampleFollowUp('f2', 'm1'), writer);
  await insertStamped(db.customers, newCustomerFields('c1', '杭州云帆科技有限公司', 'm1'), writer);
  now = 2_000;
  await patchManyStamped(db.followups, [{ id: 'f1', patch: { trashed: true, trashedAt: 2_000 } as never }], writer);
  now = 3_000;
  await patchManyStamped(db.customers, [{ id: 'c1', patch: { trashed: true, trashedAt: 3_000, mergedInto: 'c9' } as never }], writer);
});
afterAll(() => db.remove());

describe('回收站 without a hub: this desktop’s own bin, on real RxDB', () => {
  it('lists trashed records of every type, newest first, and filters by type', async () => {
    expect((await localTrash(db, '')).map((i) => [i.collection, i.id, i.at, i.by])).toEqual([['customers', 'c1', 3_000, 'm1'], ['followups', 'f1', 2_000, 'm1']]);
    expect((await localTrash(db, 'followups')).map((i) => i.id)).toEqual(['f1']);
    expect(await localTrash(db, 'dailyreports')).toEqual([]);
  });

  it('恢复 takes a record out of the bin (a merged customer forgets its merge) as a stamped write', async () => {
    const [customer] = await localTrash(db, 'customers');
    now = 4_000;
    expect(await restoreBinnedRecord(db, customer!, writer)).toBe(true);
    const back = (await db.customers.findOne('c1').exec())!.toMutableJSON();
    expect(back).toMatchObject({ trashed: false, updatedAt: 4_000 });
    expect(back.mergedInto).toBeUndefined();
    expect(back.trashedAt).toBeUndefined();
    expect(back.clock['trashed']).toBeTruthy();
    expect(await restoreBinnedRecord(db, { ...customer!, id: 'gone' }, writer)).toBe(false);
  });
});
