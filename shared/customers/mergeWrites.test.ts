import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import type { SalesDeskDatabase } from '../db/collections.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { validatingStorage } from '../db/schemaValidator.ts';
import { insertStamped } from '../db/stampedWrites.ts';
import { customerNameKey } from '../domain/customerNameKey.ts';
import { createHlcClock } from '../sync/createHlcClock.ts';
import type { SyncMeta } from '../sync/syncMeta.ts';
import { writeChangeSet } from './changeSet.ts';
import { contactOf, customerOf, followUpOf } from './customerTestData.fixture.ts';
import { planMerge } from './planMerge.ts';
import { repointMerged } from './repointMerged.ts';

let db: SalesDeskDatabase;
const writer = (memberId = 'mgr') => ({ memberId, clock: createHlcClock(memberId, Date.now), now: Date.now });
const unstamped = <T extends SyncMeta>(doc: T): Omit<T, keyof SyncMeta> => {
  const { createdAt: _a, createdBy: _b, updatedAt: _c, updatedBy: _d, trashed: _e, trashedAt: _t, clock: _f, conflicts: _g, ...rest } = doc;
  return rest;
};
const customer = async (id: string) => (await db.customers.findOne(id).exec())?.toMutableJSON();
const followUp = async (id: string) => (await db.followups.findOne(id).exec())?.toMutableJSON();
const comment = async (id: string) => (await db.comments.findOne(id).exec())?.toMutableJSON();

beforeEach(async () => {
  db = await openDatabase({ name: `merge${Date.now()}`, storage: validatingStorage(getRxStorageMemory()), only: ['customers', 'followups', 'comments'] });
  const w = writer();
  await insertStamped(db.customers, unstamped(customerOf('c1', '苏州恒瑞精密机械有限公司', { nameKey: customerNameKey('苏州恒瑞精密机械有限公司'), contacts: [contactOf('k1', '王工')] })), w);
  await insertStamped(db.customers, unstamped(customerOf('c2', '恒瑞精密（苏州）', { region: '苏州', contacts: [contactOf('k9', '王工')] })), w);
  await insertStamped(db.followups, unstamped(followUpOf('f1', 'c2', { contactId: 'k9' })), w);
  await insertStamped(db.comments, { id: 'm1', targetType: 'customer', targetId: 'c2', authorId: 'mgr', body: '注意竞品', mentions: [], parentId: '', readBy: [] }, w);
});
afterEach(() => db.remove());

const merge = async () => {
  const [keep, drop] = [await customer('c1'), await customer('c2')];
  const set = planMerge(keep!, drop!, [(await followUp('f1'))!], [(await comment('m1'))!], Date.now());
  await writeChangeSet(db, set, 'after', writer());
  return set;
};

describe('a merge written to the store', () => {
  it('moves the follow-ups and comments, bins the duplicate pointing at the kept one, and undoes in one step', async () => {
    const set = await merge();
    expect(await followUp('f1')).toMatchObject({ customerId: 'c1', contactId: 'k1' });
    expect(await comment('m1')).toMatchObject({ targetId: 'c1' });
    expect(await customer('c2')).toMatchObject({ trashed: true, mergedInto: 'c1' });
    expect(await customer('c1')).toMatchObject({ region: '苏州' });

    await writeChangeSet(db, set, 'before', writer());
    expect(await followUp('f1')).toMatchObject({ customerId: 'c2', contactId: 'k9' });
    expect(await comment('m1')).toMatchObject({ targetId: 'c2' });
    const restored = await customer('c2');
    expect(restored?.trashed).toBe(false);
    expect(restored && 'mergedInto' in restored).toBe(false);
    expect((await customer('c1'))?.region).toBe('');
  });

  it('a follow-up written to the duplicate after the merge is re-pointed by the next pass (a rep moves only their own)', async () => {
    await merge();
    await insertStamped(db.followups, unstamped(followUpOf('late', 'c2', { contactId: 'k9', ownerId: 'rep2' })), writer('rep2'));
    await insertStamped(db.followups, unstamped(followUpOf('other', 'c2', { ownerId: 'rep3' })), writer('rep3'));
    expect(await repointMerged(db, writer('rep2'), 'rep')).toBe(1);
    expect(await followUp('late')).toMatchObject({ customerId: 'c1', contactId: 'k1' });
    expect(await followUp('other')).toMatchObject({ customerId: 'c2' });
    expect(await repointMerged(db, writer('mgr'), 'manager')).toBe(1);
    expect(await followUp('other')).toMatchObject({ customerId: 'c1' });
    expect(await repointMerged(db, writer('mgr'), 'manager')).toBe(0);
  });
});
