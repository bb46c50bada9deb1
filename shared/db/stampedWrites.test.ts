import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { sampleFollowUp } from '../../tests/support/sampleFollowUp.ts';
import { createHlcClock } from '../sync/createHlcClock.ts';
import { fieldClock } from '../sync/syncMeta.ts';
import type { SalesDeskDatabase } from './collections.ts';
import { openDatabase } from './openDatabase.ts';
import { validatingStorage } from './schemaValidator.ts';
import { insertStamped, patchManyStamped, patchStamped } from './stampedWrites.ts';

let db: SalesDeskDatabase;
const writer = (node: string) => ({ memberId: 'm1', clock: createHlcClock(node, Date.now), now: Date.now });
beforeEach(async () => {
  db = await openDatabase({ name: `stamped${Date.now()}`, storage: validatingStorage(getRxStorageMemory()), only: ['followups'] });
  for (const id of ['a', 'b', 'c']) await insertStamped(db.followups, sampleFollowUp(id, 'm1'), writer('seed'));
});
afterEach(() => db.remove());

describe('patchManyStamped', () => {
  it('patches many rows in one write, advancing only the touched fields and clearing emptied ones', async () => {
    await patchStamped((await db.followups.findOne('a').exec())!, { amount: 5 }, writer('x'));
    const missing = await patchManyStamped(db.followups, [{ id: 'a', patch: { summary: '新摘要', amount: undefined } }, { id: 'b', patch: { status: 'quoted' } }, { id: 'gone', patch: { remark: 'x' } }], writer('paste'));
    expect(missing).toEqual(['gone']);
    const a = (await db.followups.findOne('a').exec())!.toJSON();
    expect(a.summary).toBe('新摘要');
    expect('amount' in a).toBe(false);
    expect(fieldClock(a, 'summary')).toContain('paste');
    expect(fieldClock(a, 'status')).toContain('seed');
    expect((await db.followups.findOne('b').exec())?.status).toBe('quoted');
  });

  it('never overwrites an edit that lands while it writes: both survive', async () => {
    const doc = (await db.followups.findOne('c').exec())!;
    await Promise.all([
      patchManyStamped(db.followups, [{ id: 'c', patch: { summary: '粘贴的摘要' } }], writer('paste')),
      patchStamped(doc, { remark: '同时写的备注' }, writer('other')),
    ]);
    expect((await db.followups.findOne('c').exec())?.toJSON()).toMatchObject({ summary: '粘贴的摘要', remark: '同时写的备注' });
  });
});
