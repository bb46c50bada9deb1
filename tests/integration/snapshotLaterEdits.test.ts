import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FollowUpDoc } from '../../shared/db/schemas/followUpSchema.ts';
import { insertStamped, patchManyStamped, patchStamped } from '../../shared/db/stampedWrites.ts';
import { canonicalJson } from '../../shared/sync/canonicalJson.ts';
import { stampNew } from '../../shared/sync/stampWrite.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';
import { clientWriter, createTeamHarness, eventually, goOffline, type TestClient } from './support/teamHarness.ts';

let team: Awaited<ReturnType<typeof createTeamHarness>>;
beforeEach(async () => {
  team = await createTeamHarness();
});
afterEach(() => team.close());

const doc = (c: TestClient, id: string) => c.db.followups.findOne(id).exec();

/** The hub's master of `id` as the replicas hold it (RxDB's toJSON leaves out `_deleted`). */
const hubMaster = (id: string): string => {
  const { _deleted, ...master } = team.hub.store.get('followups', [id]).get(id) ?? {};
  return canonicalJson(master);
};

const expectSameAsHub = async (c: TestClient, id: string) => expect(canonicalJson((await doc(c, id))?.toJSON())).toBe(hubMaster(id));

/** A holds f1–f3 on the hub; B joins and loads them as a snapshot (no replication bookkeeping for them). */
const withSnapshotNewcomer = async () => {
  const a = await team.client('张伟');
  for (const id of ['f1', 'f2', 'f3']) await insertStamped(a.db.followups, sampleFollowUp(id, a.member.memberId, { summary: `原始 ${id}` }), clientWriter(a));
  await a.sync.awaitInSync();
  const b = await team.client('王五');
  await eventually(async () => expect((await b.db.followups.find().exec()).length).toBe(3));
  await b.sync.awaitInSync();
  return { a, b };
};

/** Moves rows to 回收站 as the grid does (a clocked `trashed` edit). */
const trash = (c: TestClient, id: string) => patchManyStamped(c.db.followups, [{ id, patch: { trashed: true, trashedAt: Date.now() } as never }], clientWriter(c));

describe('rows a newcomer loaded from a snapshot', { timeout: 30_000 }, () => {
  it("receive a teammate's later edit and trashing, and end equal to the hub's master", async () => {
    const { a, b } = await withSnapshotNewcomer();
    await patchStamped((await doc(a, 'f1'))!, { summary: '张伟改过' }, clientWriter(a));
    await trash(a, 'f2');
    await a.sync.awaitInSync();
    await eventually(async () => {
      expect((await doc(b, 'f1'))?.summary).toBe('张伟改过');
      expect((await doc(b, 'f2'))?.trashed).toBe(true);
    });
    for (const id of ['f1', 'f2', 'f3']) await expectSameAsHub(b, id);
  });

  it('keep receiving edits after a restart of the replication (the pulled state was remembered)', async () => {
    const { a, b } = await withSnapshotNewcomer();
    await goOffline(b);
    const again = team.connect(b.name, b.db, b.member);
    await again.sync.awaitInSync();
    await patchStamped((await doc(a, 'f3'))!, { remark: '重连之后' }, clientWriter(a));
    await eventually(async () => expect((await doc(again, 'f3'))?.remark).toBe('重连之后'));
    await expectSameAsHub(again, 'f3');
  });

  it("send the newcomer's own edit to teammates", async () => {
    const { a, b } = await withSnapshotNewcomer();
    await patchStamped((await doc(b, 'f3'))!, { status: 'quoted', remark: '王五跟进' }, clientWriter(b));
    await eventually(async () => expect((await doc(a, 'f3'))?.toJSON()).toMatchObject({ status: 'quoted', remark: '王五跟进' }));
    // And a teammate's edit after that still arrives.
    await patchStamped((await doc(a, 'f3'))!, { summary: '张伟补充' }, clientWriter(a));
    await eventually(async () => expect((await doc(b, 'f3'))?.summary).toBe('张伟补充'));
    for (const c of [a, b]) await expectSameAsHub(c, 'f3');
  });

  it('converge on a same-field edit made on both desktops, keeping the losing value as a conflict', async () => {
    const { a, b } = await withSnapshotNewcomer();
    // A edits offline, so neither side has seen the other's edit: a true same-field conflict.
    await goOffline(a);
    await patchStamped((await doc(a, 'f2'))!, { summary: '张伟的版本' }, clientWriter(a, () => 2_000_000_000_000));
    await patchStamped((await doc(a, 'f1'))!, { remark: '离线时补充' }, clientWriter(a, () => 2_000_000_000_000));
    await patchStamped((await doc(b, 'f2'))!, { summary: '王五的版本' }, clientWriter(b, () => 2_000_000_001_000));
    await eventually(() => expect(team.hub.store.get('followups', ['f2']).get('f2')?.['summary']).toBe('王五的版本'));
    const back = team.connect(a.name, a.db, a.member);
    await eventually(async () => {
      const [onA, onB] = await Promise.all([doc(back, 'f2'), doc(b, 'f2')]);
      expect(onA?.summary).toBe('王五的版本');
      expect(onA?.conflicts).toEqual([expect.objectContaining({ field: 'summary', value: '张伟的版本' })]);
      expect(canonicalJson(onB?.toJSON())).toBe(canonicalJson(onA?.toJSON()));
      expect(canonicalJson(onA?.toJSON())).toBe(hubMaster('f2'));
      // The other row A edited offline, which B never touched, arrives too.
      expect((await doc(b, 'f1'))?.remark).toBe('离线时补充');
    });
    await expectSameAsHub(b, 'f1');
  });

  it('stay correct when a row was typed in during the load: it reaches the hub and later edits still arrive', async () => {
    // More than one snapshot page (2,000), so a row can be typed between pages.
    const stamp = { now: 1_000, memberId: 'seed', clock: '001700000000000:0000:seed' };
    const seeded = Array.from({ length: 2_500 }, (_, i) => ({
      assumedMasterState: null,
      newDocumentState: { ...stampNew(sampleFollowUp(`s${String(i).padStart(5, '0')}`, 'seed'), stamp), _deleted: false },
    }));
    for (let i = 0; i < seeded.length; i += 500) team.hub.store.push('followups', seeded.slice(i, i + 500), { memberId: 'seed', deviceId: 'seed', at: 1_000 });
    const a = await team.client('张伟');
    await a.sync.awaitInSync();
    const b = await team.client('王五');
    const request = b.conn.request;
    let pulls = 0;
    b.conn.request = async (message, expect) => {
      if (message.t === 'pull' && ++pulls === 2) await insertStamped(b.db.followups, sampleFollowUp('typed-meanwhile', b.member.memberId), clientWriter(b));
      return request(message, expect);
    };
    await eventually(async () => expect(await b.db.followups.count().exec()).toBe(2_501));
    await b.sync.awaitInSync();
    await eventually(() => expect(team.hub.store.get('followups', ['typed-meanwhile']).size).toBe(1));
    await patchStamped((await a.db.followups.findOne('s00007').exec())!, { summary: '张伟改过' } as Partial<FollowUpDoc>, clientWriter(a));
    await eventually(async () => expect((await doc(b, 's00007'))?.summary).toBe('张伟改过'));
    await expectSameAsHub(b, 's00007');
  });
});
