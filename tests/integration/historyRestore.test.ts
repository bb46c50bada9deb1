import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fieldRestorePatch, versionRestorePatch } from '../../renderer/src/modules/history/utils/restorePatch.ts';
import { restoreBinnedRecord } from '../../renderer/src/modules/recycleBin/utils/restoreBinnedRecord.ts';
import { insertStamped, patchManyStamped, patchStamped } from '../../shared/db/stampedWrites.ts';
import { AUDIT_API_PREFIX, deviceNamesSchema, trashListSchema } from '../../shared/sync/auditApiSchemas.ts';
import { fetchRowHistory } from '../../shared/sync/fetchRowHistory.ts';
import { historyDiff } from '../../shared/sync/historyDiff.ts';
import { hubGet } from '../../shared/sync/hubGet.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';
import { clientWriter, createTeamHarness, eventually, type TestClient } from './support/teamHarness.ts';

let team: Awaited<ReturnType<typeof createTeamHarness>>;
beforeEach(async () => {
  team = await createTeamHarness();
});
afterEach(() => team.close());

const followUp = async (c: TestClient, id: string) => (await c.db.followups.findOne(id).exec())?.toMutableJSON() as Record<string, unknown> | undefined;
const entriesOf = async (token: string, id: string) => {
  const result = await fetchRowHistory(team.hub.url, token, { collection: 'followups', id });
  if (!result.ok) throw new Error(result.message);
  return historyDiff(result.value.revisions, { complete: result.value.complete, ignore: ['followedDesc'] });
};

describe('restoring from history, through a real hub', () => {
  it('a value restored on one desktop reaches the other and is itself a new revision', async () => {
    const a = await team.client('张伟', 'admin');
    const b = await team.client('王五', 'manager');
    await insertStamped(a.db.followups, sampleFollowUp('f1', a.member.memberId, { summary: '首次电话沟通' }), clientWriter(a));
    await eventually(async () => expect(await followUp(b, 'f1')).toBeDefined());
    await patchStamped((await b.db.followups.findOne('f1').exec())!, { summary: '客户要求报价', status: 'quoted' }, clientWriter(b));
    await b.sync.awaitInSync();
    await eventually(async () => expect((await entriesOf(a.token, 'f1')).length).toBe(2));

    // 张伟 restores the summary as it was before 王五's edit: the panel's 恢复此值 patch, as a stamped write.
    const edit = (await entriesOf(a.token, 'f1'))[1]!;
    const change = edit.changes.find((c) => c.field === 'summary')!;
    await eventually(async () => expect((await followUp(a, 'f1'))?.['summary']).toBe('客户要求报价'));
    const patch = fieldRestorePatch('followups', (await followUp(a, 'f1'))!, change.field, change.from);
    await patchManyStamped(a.db.followups, [{ id: 'f1', patch: patch as never }], clientWriter(a));
    await a.sync.awaitInSync();

    await eventually(async () => expect((await followUp(b, 'f1'))?.['summary']).toBe('首次电话沟通'));
    expect((await followUp(b, 'f1'))?.['status']).toBe('quoted');
    const entries = await entriesOf(b.token, 'f1');
    expect(entries).toHaveLength(3);
    expect(entries[2]).toMatchObject({ kind: 'changed', memberId: a.member.memberId, deviceId: '张伟-device', changes: [{ field: 'summary', from: '客户要求报价', to: '首次电话沟通' }] });

    // 恢复到此版本 (the first one) puts the status back too, and the hub names each desktop.
    const first = (await fetchRowHistory(team.hub.url, b.token, { collection: 'followups', id: 'f1' }));
    if (!first.ok) throw new Error(first.message);
    const versionPatch = versionRestorePatch((await followUp(b, 'f1'))!, first.value.revisions[0]!.doc);
    expect(versionPatch).toEqual({ status: 'callback' });
    await patchManyStamped(b.db.followups, [{ id: 'f1', patch: versionPatch as never }], clientWriter(b));
    await eventually(async () => expect((await followUp(a, 'f1'))?.['status']).toBe('callback'));
    const names = await hubGet(team.hub.url, a.token, `${AUDIT_API_PREFIX}devices`, deviceNamesSchema);
    expect(names).toEqual({ ok: true, value: { '张伟-device': '张伟的电脑', '王五-device': '王五的电脑' } });
  });

  it('回收站 lists a trashed and a purged follow-up; 恢复 brings both back on every desktop', async () => {
    const a = await team.client('张伟', 'admin');
    const b = await team.client('王五', 'manager');
    await insertStamped(a.db.followups, sampleFollowUp('t1', a.member.memberId, { summary: '误删的跟进' }), clientWriter(a));
    await insertStamped(a.db.followups, sampleFollowUp('p1', a.member.memberId, { summary: '撤回导入的跟进' }), clientWriter(a));
    await a.sync.awaitInSync();
    await eventually(async () => expect(await followUp(b, 'p1')).toBeDefined());
    await patchManyStamped(a.db.followups, [{ id: 't1', patch: { trashed: true, trashedAt: Date.now() } as never }], clientWriter(a));
    // Taking back an import removes its rows for good (RxDB's own delete).
    await a.db.followups.bulkRemove(['p1']);
    await a.sync.awaitInSync();
    await eventually(async () => expect(await followUp(b, 'p1')).toBeUndefined());

    let items: Awaited<ReturnType<typeof trashListSchema.parse>>['items'] = [];
    await eventually(async () => {
      const list = await hubGet(team.hub.url, b.token, `${AUDIT_API_PREFIX}trash?type=followups`, trashListSchema);
      if (!list.ok) throw new Error(list.message);
      items = list.value.items;
      expect(items.map((i) => [i.id, i.state, i.by])).toEqual([['p1', 'purged', a.member.memberId], ['t1', 'trashed', a.member.memberId]]);
    });
    for (const item of items) expect(await restoreBinnedRecord(b.db, item, clientWriter(b))).toBe(true);
    await b.sync.awaitInSync();
    await eventually(async () => {
      expect((await followUp(a, 'p1'))?.['summary']).toBe('撤回导入的跟进');
      expect((await followUp(a, 't1'))?.['trashed']).toBe(false);
    });
    const after = await hubGet(team.hub.url, a.token, `${AUDIT_API_PREFIX}trash`, trashListSchema);
    expect(after.ok && after.value.items).toEqual([]);
    expect((await entriesOf(a.token, 'p1')).map((e) => e.kind)).toEqual(['created', 'deleted', 'restored']);
  });
});
