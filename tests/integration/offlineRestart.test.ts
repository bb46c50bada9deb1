import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../shared/db/schemaValidator.ts';
import { insertStamped, patchStamped } from '../../shared/db/stampedWrites.ts';
import { createHlcClock } from '../../shared/sync/createHlcClock.ts';
import { createTeamHarness, eventually } from './support/teamHarness.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';

let team: Awaited<ReturnType<typeof createTeamHarness>>;
beforeEach(async () => {
  team = await createTeamHarness();
});
afterEach(() => team.close());

// IndexedDB (fake-indexeddb) keeps the replica across a close and reopen, like a desktop restart.
const persistent = () => validatingStorage(getRxStorageDexie({ indexedDB, IDBKeyRange }));

describe('a desktop that edits offline and restarts', () => {
  it('keeps its offline edits through the restart and syncs them when the hub is back in reach', async () => {
    const a = await team.client('张伟');
    const joined = await team.member('admin', '王五');
    const name = `desk-b-${Date.now()}`;
    const open = () => openDatabase({ name, storage: persistent(), only: ['followups', 'members'] });
    const b = team.connect('王五', await open(), joined);
    await insertStamped(a.db.followups, sampleFollowUp('f1', a.member.memberId), { memberId: a.member.memberId, clock: createHlcClock('a', Date.now), now: Date.now });
    await eventually(async () => expect(await b.db.followups.findOne('f1').exec()).not.toBeNull());

    // Offline: edit, add a row, then quit the app.
    await b.sync.stop();
    b.conn.close();
    const writer = { memberId: joined.memberId, clock: createHlcClock('b', Date.now), now: Date.now };
    await patchStamped((await b.db.followups.findOne('f1').exec())!, { summary: '离线修改：客户改约周四' }, writer);
    await insertStamped(b.db.followups, sampleFollowUp('f-offline', joined.memberId, { summary: '离线新增' }), writer);
    await b.db.close();

    // Restart: reopen the same local database and reconnect.
    const reopened = team.connect('王五', await open(), joined);
    expect((await reopened.db.followups.findOne('f1').exec())?.summary).toBe('离线修改：客户改约周四');
    await eventually(async () => {
      expect((await a.db.followups.findOne('f1').exec())?.summary).toBe('离线修改：客户改约周四');
      expect((await a.db.followups.findOne('f-offline').exec())?.summary).toBe('离线新增');
    });
  });
});
