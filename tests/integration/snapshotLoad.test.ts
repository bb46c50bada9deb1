import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { openDatabase } from '../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../shared/db/schemaValidator.ts';
import { insertStamped } from '../../shared/db/stampedWrites.ts';
import { connectToHub, type HubConnection } from '../../shared/sync/hubConnection.ts';
import { loadSnapshot } from '../../shared/sync/loadSnapshot.ts';
import { stampNew } from '../../shared/sync/stampWrite.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';
import { createHlcClock } from '../../shared/sync/createHlcClock.ts';
import { createTeamHarness, eventually } from './support/teamHarness.ts';

let team: Awaited<ReturnType<typeof createTeamHarness>>;
beforeEach(async () => {
  team = await createTeamHarness();
});
afterEach(() => team.close());

/** A hub holding more follow-ups than one snapshot page, as if desktops had pushed them. */
const seedHub = (count: number) => {
  const stamp = { now: 1_000, memberId: 'seed', clock: '001700000000000:0000:seed' };
  const rows = Array.from({ length: count }, (_, i) => ({
    assumedMasterState: null,
    newDocumentState: { ...stampNew(sampleFollowUp(`f${String(i).padStart(5, '0')}`, 'seed'), stamp), _deleted: false },
  }));
  for (let i = 0; i < rows.length; i += 500) team.hub.store.push('followups', rows.slice(i, i + 500), { memberId: 'seed', deviceId: 'seed', at: 1_000 });
};

const newcomer = async () => {
  const joined = await team.member('admin', '王五');
  const db = await openDatabase({ name: `snap${Date.now()}`, storage: validatingStorage(getRxStorageMemory()), only: ['followups'] });
  const conn = connectToHub({ hubUrl: team.hub.url, token: joined.token, deviceId: 'snap-device', now: Date.now, retryMs: 100 });
  await eventually(() => expect(conn.state$.value.state).toBe('online'));
  const writer = { memberId: joined.memberId, clock: createHlcClock('王五', Date.now), now: Date.now };
  return { db, conn, joined, writer };
};

describe('loading an empty collection from the hub', () => {
  it('loads every page and tells replication to push nothing it loaded', async () => {
    seedHub(4_500);
    const { db, conn } = await newcomer();
    const result = await loadSnapshot(db.followups as never, conn, 'followups', async () => undefined, 'snapshot-test');
    expect(await db.followups.count().exec()).toBe(4_500);
    expect(result?.seq).toBe(team.hub.store.pull('followups', 0, 5_000).at(-1)?.seq);
    // The upstream checkpoint is the last loaded row: nothing before it is offered back.
    expect(result?.up?.id).toBe('f04499');
    conn.close();
    await db.remove();
  });

  it('gives no upstream checkpoint when the user wrote a row during the load, so that row is still pushed', async () => {
    seedHub(4_500);
    const { db, conn, joined, writer } = await newcomer();
    let pages = 0;
    // A row typed in while the second page is on its way.
    const duringLoad: HubConnection = {
      ...conn,
      request: async (message, expect) => {
        if (++pages === 2) await insertStamped(db.followups, sampleFollowUp('typed-meanwhile', joined.memberId), writer);
        return conn.request(message, expect);
      },
    };
    const result = await loadSnapshot(db.followups as never, duringLoad, 'followups', async () => undefined, 'snapshot-test');
    expect(await db.followups.count().exec()).toBe(4_501);
    expect(result?.up).toBeUndefined();
    conn.close();
    await db.remove();
  });

  it('declines a collection that already has rows', async () => {
    const { db, conn, joined, writer } = await newcomer();
    await insertStamped(db.followups, sampleFollowUp('mine', joined.memberId), writer);
    expect(await loadSnapshot(db.followups as never, conn, 'followups', async () => undefined, 'snapshot-test')).toBeNull();
    conn.close();
    await db.remove();
  });
});
