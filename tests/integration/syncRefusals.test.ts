import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { defaultTeamSettings } from '../../shared/domain/defaultTeamSettings.ts';
import { stampNew } from '../../shared/sync/stampWrite.ts';
import { SYNC_PATH, SYNC_PROTOCOL } from '../../shared/sync/syncProtocol.ts';
import { createTeamHarness } from './support/teamHarness.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';

let team: Awaited<ReturnType<typeof createTeamHarness>>;
beforeEach(async () => {
  team = await createTeamHarness();
});
afterEach(() => team.close());

type Raw = { ws: WebSocket; next: () => Promise<Record<string, unknown>>; send: (m: unknown) => void; closed: Promise<number> };

const rawClient = async (token?: string): Promise<Raw> => {
  const ws = new WebSocket(`${team.hub.url.replace('http', 'ws')}${SYNC_PATH}`);
  const inbox: Record<string, unknown>[] = [];
  const waiters: ((m: Record<string, unknown>) => void)[] = [];
  ws.on('message', (d) => {
    const m = JSON.parse(String(d)) as Record<string, unknown>;
    if (m['t'] === 'change') return; // live changes of others' writes are not replies
    const w = waiters.shift();
    if (w) w(m);
    else inbox.push(m);
  });
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const raw: Raw = {
    ws,
    closed,
    send: (m) => ws.send(typeof m === 'string' ? m : JSON.stringify(m)),
    next: () => new Promise((resolve) => (inbox.length ? resolve(inbox.shift() as Record<string, unknown>) : waiters.push(resolve))),
  };
  if (token) {
    raw.send({ t: 'hello', protocol: SYNC_PROTOCOL, token, deviceId: 'raw' });
    expect((await raw.next())['t']).toBe('welcome');
  }
  return raw;
};

const stamped = (id: string, ownerId: string, patch = {}) => ({
  ...stampNew(sampleFollowUp(id, ownerId, patch), { now: 1_800_000_000_000, memberId: ownerId, clock: '001800000000000:0000:raw' }),
  _deleted: false,
});

describe('the hub refuses bad pushes with a clear error and changes nothing', () => {
  it('refuses a schema-invalid document, naming the field', async () => {
    const admin = await team.member('admin', '张伟');
    const c = await rawClient(admin.token);
    const before = team.hub.store.maxSeq();
    c.send({ t: 'push', rid: 1, collection: 'followups', rows: [{ assumedMasterState: null, newDocumentState: { ...stamped('f1', admin.memberId), amount: '十万' } }] });
    const reply = await c.next();
    expect(reply).toMatchObject({ t: 'error', rid: 1, code: 'invalidDocument' });
    expect(String(reply['message'])).toContain('字段“amount”');
    expect(team.hub.store.maxSeq()).toBe(before);
  });

  it('refuses a whole push when one row is bad, even if the others are fine', async () => {
    const admin = await team.member('admin', '张伟');
    const c = await rawClient(admin.token);
    const before = team.hub.store.maxSeq();
    const { customerId: _gone, ...missing } = stamped('f3', admin.memberId);
    c.send({ t: 'push', rid: 2, collection: 'followups', rows: [{ assumedMasterState: null, newDocumentState: stamped('f2', admin.memberId) }, { assumedMasterState: null, newDocumentState: missing }] });
    expect(await c.next()).toMatchObject({ t: 'error', rid: 2, code: 'invalidDocument' });
    expect(team.hub.store.maxSeq()).toBe(before);
    expect(team.hub.store.get('followups', ['f2']).size).toBe(0);
  });

  it('refuses an unknown collection and malformed JSON', async () => {
    const admin = await team.member('admin', '张伟');
    const c = await rawClient(admin.token);
    c.send({ t: 'push', rid: 3, collection: 'secrets', rows: [{ assumedMasterState: null, newDocumentState: stamped('x', admin.memberId) }] });
    expect(await c.next()).toMatchObject({ t: 'error', rid: 3, code: 'badMessage' });
    c.send('{not json');
    expect(await c.next()).toMatchObject({ t: 'error', code: 'badMessage', message: '收到的同步消息不是有效的 JSON。' });
  });

  it('closes the socket on an oversized message, and the hub keeps serving', async () => {
    const admin = await team.member('admin', '张伟');
    const c = await rawClient(admin.token);
    c.send({ t: 'push', rid: 4, collection: 'followups', rows: [{ assumedMasterState: null, newDocumentState: { ...stamped('big', admin.memberId), summary: 'x'.repeat(9 * 1024 * 1024) } }] });
    expect(await c.closed).toBe(1009);
    expect(team.hub.store.get('followups', ['big']).size).toBe(0);
    const again = await rawClient(admin.token);
    again.send({ t: 'pull', rid: 5, collection: 'followups', afterSeq: 0, limit: 10 });
    expect(await again.next()).toMatchObject({ t: 'pulled', rid: 5 });
  });

  it('refuses a forged token and anything before hello', async () => {
    const c = await rawClient();
    c.send({ t: 'pull', rid: 6, collection: 'followups', afterSeq: 0, limit: 10 });
    expect(await c.next()).toMatchObject({ t: 'error', code: 'unauthorized' });
    c.send({ t: 'hello', protocol: SYNC_PROTOCOL, token: 'forged-token-forged-token', deviceId: 'evil' });
    expect(await c.next()).toMatchObject({ t: 'error', code: 'unauthorized', message: '身份令牌无效：请重新加入团队。' });
    expect(await c.closed).toBe(4401);
  });

  it('lets a rep write only their own follow-ups and never team settings', async () => {
    const rep = await team.member('rep', '李娜');
    const other = await team.member('rep', '王五');
    const c = await rawClient(rep.token);
    c.send({ t: 'push', rid: 7, collection: 'followups', rows: [{ assumedMasterState: null, newDocumentState: stamped('mine', rep.memberId) }] });
    expect(await c.next()).toMatchObject({ t: 'pushed', rid: 7, conflicts: [] });
    c.send({ t: 'push', rid: 8, collection: 'followups', rows: [{ assumedMasterState: null, newDocumentState: stamped('theirs', other.memberId) }] });
    const refused = await c.next();
    expect(refused).toMatchObject({ t: 'error', rid: 8, code: 'forbidden' });
    expect(String(refused['message'])).toContain('没有权限');
    // Taking over someone else's row by rewriting its owner is refused too.
    const theirs = stamped('theirs2', other.memberId);
    const o = await rawClient(other.token);
    o.send({ t: 'push', rid: 9, collection: 'followups', rows: [{ assumedMasterState: null, newDocumentState: theirs }] });
    await o.next();
    c.send({ t: 'push', rid: 10, collection: 'followups', rows: [{ assumedMasterState: theirs, newDocumentState: { ...theirs, ownerId: rep.memberId } }] });
    expect(await c.next()).toMatchObject({ t: 'error', rid: 10, code: 'forbidden' });
    expect(team.hub.store.get('followups', ['theirs2']).get('theirs2')?.['ownerId']).toBe(other.memberId);
    const settings = { ...stampNew(defaultTeamSettings('销售部', ''), { now: 1, memberId: rep.memberId, clock: '001800000000000:0000:raw' }), _deleted: false };
    c.send({ t: 'push', rid: 11, collection: 'teamsettings', rows: [{ assumedMasterState: null, newDocumentState: settings }] });
    expect(await c.next()).toMatchObject({ t: 'error', rid: 11, code: 'forbidden' });
  });

  it('refuses a revoked member at once, on the open socket and on reconnect', async () => {
    const admin = await team.member('admin', '张伟');
    const rep = await team.member('rep', '李娜');
    const c = await rawClient(rep.token);
    const res = await fetch(`${team.hub.url}/api/team/revoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${admin.token}` },
      body: JSON.stringify({ memberId: rep.memberId }),
    });
    expect(await res.json()).toEqual({ ok: true, value: { revoked: 1 } });
    expect(await c.closed).toBe(4403);
    const again = await rawClient();
    again.send({ t: 'hello', protocol: SYNC_PROTOCOL, token: rep.token, deviceId: 'raw' });
    expect(await again.next()).toMatchObject({ t: 'error', code: 'revoked' });
  });

  it('only lets admins issue join codes or revoke, and a join code works once', async () => {
    const rep = await team.member('rep', '李娜');
    const res = await fetch(`${team.hub.url}/api/team/join-codes`, { method: 'POST', headers: { Authorization: `Bearer ${rep.token}` }, body: '{"role":"admin"}' });
    expect(res.status).toBe(403);
    const admin = await team.member('admin', '张伟');
    const backup = (token: string) => fetch(`${team.hub.url}/api/team/backup`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    expect((await backup(rep.token)).status).toBe(403);
    expect(await (await backup(admin.token)).json()).toMatchObject({ ok: true, value: { name: expect.stringMatching(/^salesdesk-\d{8}-\d{6}-manual\.sqlite$/) } });
    const code = team.hub.issueJoinCode('rep');
    const join = () => fetch(`${team.hub.url}/api/team/join`, { method: 'POST', body: JSON.stringify({ code, name: '赵六', deviceName: 'PC' }) });
    expect((await join()).status).toBe(200);
    const second = await join();
    expect(second.status).toBe(403);
    expect(((await second.json()) as { error: { message: string } }).error.message).toContain('加入码无效、已使用或已过期');
  });
});
