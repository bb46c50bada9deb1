import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertStamped, patchStamped } from '../../shared/db/stampedWrites.ts';
import { canonicalJson } from '../../shared/sync/canonicalJson.ts';
import { clientWriter, createTeamHarness, eventually, goOffline, type TestClient } from './support/teamHarness.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';

let team: Awaited<ReturnType<typeof createTeamHarness>>;
beforeEach(async () => {
  team = await createTeamHarness();
});
afterEach(() => team.close());

const doc = (c: TestClient, id: string) => c.db.followups.findOne(id).exec();

/** A hub that already holds rows, and a newcomer that loads them as a snapshot. */
const withSnapshotNewcomer = async () => {
  const a = await team.client('张伟');
  for (const id of ['f1', 'f2', 'f3']) await insertStamped(a.db.followups, sampleFollowUp(id, a.member.memberId, { summary: `原始 ${id}` }), clientWriter(a));
  await a.sync.awaitInSync();
  const b = await team.client('王五');
  const request = b.conn.request;
  const pushes: number[] = [];
  b.conn.request = (message, expect) => (message.t === 'push' && pushes.push(message.rows.length), request(message, expect));
  await eventually(async () => expect((await b.db.followups.find().exec()).length).toBe(3));
  return { a, b, pushes };
};

describe('a newcomer loaded from a snapshot', () => {
  it('offers nothing back for rows it did not touch (no pushes, no new revisions on the hub)', async () => {
    const { b, pushes } = await withSnapshotNewcomer();
    const seq = team.hub.store.maxSeq();
    await b.sync.awaitInSync();
    await new Promise((r) => setTimeout(r, 300));
    expect(team.hub.store.maxSeq()).toBe(seq);
    expect(pushes).toEqual([]);
  });

  it('keeps its edit and a concurrent edit of another field, with no false conflict', async () => {
    const { a, b } = await withSnapshotNewcomer();
    await goOffline(b);
    await patchStamped((await doc(a, 'f1'))!, { remark: '张伟补充' }, clientWriter(a));
    await patchStamped((await doc(b, 'f1'))!, { status: 'quoted' }, clientWriter(b));
    await team.connect(b.name, b.db, b.member).sync.awaitInSync();
    for (const c of [a, b]) {
      await eventually(async () => expect((await doc(c, 'f1'))?.toJSON()).toMatchObject({ remark: '张伟补充', status: 'quoted', conflicts: [] }));
    }
  });

  it('resolves a same-field edit the same way everywhere and keeps the loser', async () => {
    const { a, b } = await withSnapshotNewcomer();
    await goOffline(b);
    await patchStamped((await doc(a, 'f2'))!, { summary: '张伟的版本' }, clientWriter(a, () => 2_000_000_000_000));
    await patchStamped((await doc(b, 'f2'))!, { summary: '王五的版本' }, clientWriter(b, () => 2_000_000_001_000));
    team.connect(b.name, b.db, b.member);
    await eventually(async () => {
      const [onA, onB] = await Promise.all([doc(a, 'f2'), doc(b, 'f2')]);
      expect(onA?.summary).toBe('王五的版本');
      expect(onA?.conflicts).toEqual([expect.objectContaining({ field: 'summary', value: '张伟的版本' })]);
      expect(canonicalJson(onA?.toJSON())).toBe(canonicalJson(onB?.toJSON()));
    });
  });
});
