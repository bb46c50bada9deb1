import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertStamped, patchStamped } from '../../shared/db/stampedWrites.ts';
import { canonicalJson } from '../../shared/sync/canonicalJson.ts';
import { connectToHub } from '../../shared/sync/hubConnection.ts';
import { startTeamSync } from '../../shared/sync/startTeamSync.ts';
import { clientWriter, createTeamHarness, eventually, goOffline, type TestClient } from './support/teamHarness.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';

let team: Awaited<ReturnType<typeof createTeamHarness>>;
beforeEach(async () => {
  team = await createTeamHarness();
});
afterEach(() => team.close());

const followUp = (c: TestClient, id: string) => c.db.followups.findOne(id).exec();
const reconnect = (c: TestClient): TestClient => {
  const conn = connectToHub({ hubUrl: team.hub.url, token: c.token, deviceId: `${c.name}-device`, now: Date.now, retryMs: 100 });
  return Object.assign(c, { conn, sync: startTeamSync(c.db, conn, { retryMs: 100 }) });
};

describe('team sync through a real hub on loopback', () => {
  it('shows one client’s writes live on the other, both ways', async () => {
    const a = await team.client('张伟');
    const b = await team.client('王五');
    await Promise.all([a.sync.awaitInSync(), b.sync.awaitInSync()]);
    await insertStamped(a.db.followups, sampleFollowUp('f1', a.member.memberId, { summary: '首次电话沟通' }), clientWriter(a));
    await eventually(async () => expect((await followUp(b, 'f1'))?.summary).toBe('首次电话沟通'));
    const onB = await followUp(b, 'f1');
    await patchStamped(onB!, { status: 'quoted', amount: 88000 }, clientWriter(b));
    await eventually(async () => expect((await followUp(a, 'f1'))?.toJSON()).toMatchObject({ status: 'quoted', amount: 88000 }));
    // The joiners' member documents reached everyone too.
    await eventually(async () => expect((await a.db.members.find().exec()).map((m) => m.name).sort()).toEqual(['张伟', '王五']));
  });

  it('queues edits made offline and syncs them on reconnect', async () => {
    const a = await team.client('张伟');
    const b = await team.client('王五');
    await insertStamped(a.db.followups, sampleFollowUp('f1', a.member.memberId), clientWriter(a));
    await eventually(async () => expect(await followUp(b, 'f1')).not.toBeNull());
    await goOffline(b);
    await patchStamped((await followUp(b, 'f1'))!, { summary: '离线时补充：客户要求周五前报价' }, clientWriter(b));
    await insertStamped(b.db.followups, sampleFollowUp('f2', b.member.memberId), clientWriter(b));
    await new Promise((r) => setTimeout(r, 300));
    expect((await followUp(a, 'f1'))?.summary).toBe('电话沟通');
    reconnect(b);
    await eventually(async () => {
      expect((await followUp(a, 'f1'))?.summary).toBe('离线时补充：客户要求周五前报价');
      expect(await followUp(a, 'f2')).not.toBeNull();
    });
  });

  it('keeps concurrent edits to different fields of one row', async () => {
    const a = await team.client('张伟');
    const b = await team.client('王五');
    await insertStamped(a.db.followups, sampleFollowUp('f1', a.member.memberId), clientWriter(a));
    await eventually(async () => expect(await followUp(b, 'f1')).not.toBeNull());
    await Promise.all([goOffline(a), goOffline(b)]);
    await patchStamped((await followUp(a, 'f1'))!, { status: 'quoted', amount: 120000 }, clientWriter(a));
    await patchStamped((await followUp(b, 'f1'))!, { remark: '客户老板下周出差' }, clientWriter(b));
    reconnect(a);
    reconnect(b);
    for (const c of [a, b]) {
      await eventually(async () => expect((await followUp(c, 'f1'))?.toJSON()).toMatchObject({ status: 'quoted', amount: 120000, remark: '客户老板下周出差', conflicts: [] }));
    }
  });

  for (const order of ['A first', 'B first'] as const) {
    it(`gives the same field the same winner on every replica and keeps the loser (${order})`, async () => {
      const a = await team.client('张伟');
      const b = await team.client('王五');
      await insertStamped(a.db.followups, sampleFollowUp('f1', a.member.memberId), clientWriter(a));
      await eventually(async () => expect(await followUp(b, 'f1')).not.toBeNull());
      await Promise.all([goOffline(a), goOffline(b)]);
      await patchStamped((await followUp(a, 'f1'))!, { status: 'quoted' }, clientWriter(a, () => 2_000_000_000_000));
      await patchStamped((await followUp(b, 'f1'))!, { status: 'negotiating' }, clientWriter(b, () => 2_000_000_000_500));
      const [first, second] = order === 'A first' ? [a, b] : [b, a];
      reconnect(first);
      await first.sync.awaitInSync();
      reconnect(second);
      await eventually(async () => {
        const docs = await Promise.all([a, b].map(async (c) => (await followUp(c, 'f1'))?.toJSON()));
        expect(docs[0]?.status).toBe('negotiating');
        expect(docs[0]?.conflicts).toEqual([expect.objectContaining({ field: 'status', value: 'quoted', by: a.member.memberId })]);
        expect(canonicalJson(docs[0])).toBe(canonicalJson(docs[1]));
      });
    });
  }
});
