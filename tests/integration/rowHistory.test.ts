import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertStamped, patchStamped } from '../../shared/db/stampedWrites.ts';
import { fetchRowHistory } from '../../shared/sync/fetchRowHistory.ts';
import { historyDiff } from '../../shared/sync/historyDiff.ts';
import { stampNew } from '../../shared/sync/stampWrite.ts';
import { HISTORY_LIMIT, TEAM_API_PREFIX } from '../../shared/sync/teamApiSchemas.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';
import { clientWriter, createTeamHarness, eventually } from './support/teamHarness.ts';

let team: Awaited<ReturnType<typeof createTeamHarness>>;
beforeEach(async () => {
  team = await createTeamHarness();
});
afterEach(() => team.close());

const postHistory = (body: string, token?: string) =>
  fetch(`${team.hub.url}${TEAM_API_PREFIX}history`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body,
  });
const errorOf = async (res: Response) => ((await res.json()) as { ok: boolean; error: { message: string } }).error.message;

describe('a row’s history from a real hub on loopback', () => {
  it('returns both authors’ changes in order, with the desktop each came from', async () => {
    const a = await team.client('张伟', 'admin');
    const b = await team.client('王五', 'manager');
    await insertStamped(a.db.followups, sampleFollowUp('f1', a.member.memberId, { summary: '首次电话沟通' }), clientWriter(a));
    await eventually(async () => expect(await b.db.followups.findOne('f1').exec()).not.toBeNull());
    await patchStamped((await b.db.followups.findOne('f1').exec())!, { status: 'quoted', amount: 88000 }, clientWriter(b));
    await eventually(async () => expect((await a.db.followups.findOne('f1').exec())?.status).toBe('quoted'));
    await patchStamped((await a.db.followups.findOne('f1').exec())!, { summary: '已报价，客户要求周五前回复' }, clientWriter(a));
    await a.sync.awaitInSync();

    // A rep who owns nothing here may read it too: every member replicates every follow-up.
    const rep = await team.member('rep', '李娜');
    let entries: ReturnType<typeof historyDiff> = [];
    await eventually(async () => {
      const result = await fetchRowHistory(team.hub.url, rep.token, { collection: 'followups', id: 'f1' });
      if (!result.ok) throw new Error(result.message);
      expect(result.value.complete).toBe(true);
      entries = historyDiff(result.value.revisions, { complete: result.value.complete, ignore: ['followedDesc'] });
      expect(entries).toHaveLength(3);
    });
    expect(entries.map((e) => [e.kind, e.memberId, e.deviceId])).toEqual([
      ['created', a.member.memberId, '张伟-device'],
      ['changed', b.member.memberId, '王五-device'],
      ['changed', a.member.memberId, '张伟-device'],
    ]);
    expect(entries[1]?.changes).toEqual([
      { field: 'status', from: 'callback', to: 'quoted' },
      { field: 'amount', from: undefined, to: 88000 },
    ]);
    expect(entries[2]?.changes).toEqual([{ field: 'summary', from: '首次电话沟通', to: '已报价，客户要求周五前回复' }]);
    expect(entries[0]!.at).toBeLessThanOrEqual(entries[1]!.at);
    expect(entries[1]!.at).toBeLessThanOrEqual(entries[2]!.at);
  });

  it('answers an unknown record with an empty history', async () => {
    const admin = await team.member('admin', '张伟');
    expect(await fetchRowHistory(team.hub.url, admin.token, { collection: 'followups', id: 'nope' })).toEqual({ ok: true, value: { revisions: [], complete: true } });
  });

  it('returns only the newest revisions of a busy row, and says older ones were left out', async () => {
    const admin = await team.member('admin', '张伟');
    const author = { memberId: admin.memberId, deviceId: 'pc', at: 1 };
    let master = { ...stampNew(sampleFollowUp('busy', admin.memberId), { now: 1, memberId: admin.memberId, clock: '000000000000001:0000:pc' }), _deleted: false };
    team.hub.store.push('followups', [{ assumedMasterState: null, newDocumentState: master }], author);
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) {
      const next = { ...master, remark: `第 ${i} 次修改` };
      team.hub.store.push('followups', [{ assumedMasterState: master, newDocumentState: next }], author);
      master = next;
    }
    const result = await fetchRowHistory(team.hub.url, admin.token, { collection: 'followups', id: 'busy' });
    if (!result.ok) throw new Error(result.message);
    expect(result.value.revisions).toHaveLength(HISTORY_LIMIT);
    expect(result.value.complete).toBe(false);
    expect(result.value.revisions.at(-1)?.doc['remark']).toBe(`第 ${HISTORY_LIMIT + 5} 次修改`);
    const entries = historyDiff(result.value.revisions, { complete: false });
    expect(entries).toHaveLength(HISTORY_LIMIT - 1);
    expect(entries[0]?.changes).toEqual([{ field: 'remark', from: '第 6 次修改', to: '第 7 次修改' }]);
  });

  it('refuses requests without a valid, unrevoked token', async () => {
    const admin = await team.member('admin', '张伟');
    const rep = await team.member('rep', '李娜');
    const body = JSON.stringify({ collection: 'followups', id: 'f1' });
    for (const token of [undefined, 'not-a-token']) {
      const res = await postHistory(body, token);
      expect(res.status).toBe(401);
      expect(await errorOf(res)).toContain('身份令牌无效或已被撤销');
    }
    expect((await postHistory(body, rep.token)).status).toBe(200);
    const revoke = await fetch(`${team.hub.url}${TEAM_API_PREFIX}revoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${admin.token}` },
      body: JSON.stringify({ memberId: rep.memberId }),
    });
    expect(revoke.status).toBe(200);
    const refused = await fetchRowHistory(team.hub.url, rep.token, { collection: 'followups', id: 'f1' });
    expect(refused).toMatchObject({ ok: false, reason: 'refused', message: expect.stringContaining('已被撤销') });
    expect((await fetch(`${team.hub.url}${TEAM_API_PREFIX}history`, { headers: { Authorization: `Bearer ${admin.token}` } })).status).toBe(405);
  });

  it('refuses bad bodies with a Chinese reason', async () => {
    const { token } = await team.member('admin', '张伟');
    const cases: [string, string][] = [
      ['{oops', '请求内容不是有效的 JSON'],
      [JSON.stringify({ collection: 'secrets', id: 'f1' }), '请指定要查看修改记录的数据表'],
      [JSON.stringify({ collection: 'followups' }), '请提供要查看修改记录的记录编号 id'],
      [JSON.stringify({ collection: 'followups', id: '' }), '记录编号 id 不能为空'],
    ];
    for (const [body, message] of cases) {
      const res = await postHistory(body, token);
      expect(res.status).toBe(400);
      expect(await errorOf(res)).toContain(message);
    }
  });

  it('says the hub cannot be reached when it is down, so the panel can show it is offline', async () => {
    const { token } = await team.member('admin', '张伟');
    const url = team.hub.url;
    await team.hub.close();
    const result = await fetchRowHistory(url, token, { collection: 'followups', id: 'f1' });
    expect(result).toMatchObject({ ok: false, reason: 'unreachable', message: expect.stringContaining('连接后可查看') });
    await team.restart();
  });
});
