import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertStamped } from '../../shared/db/stampedWrites.ts';
import { stampNew, stampPatch } from '../../shared/sync/stampWrite.ts';
import { MAX_PUSH_ROWS } from '../../shared/sync/syncProtocol.ts';
import { createTeamHarness, eventually } from '../integration/support/teamHarness.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';
import { openFaultClient, type FaultClient } from './support/faultClient.ts';
import { openRawSocket, type RawSocket } from './support/rawSocket.ts';

/**
 * Malformed, oversized and replayed WebSocket messages from a hand-driven `ws` client. Evidence: each
 * gets a clear Chinese error (or, oversized, the socket closed with 1009), the hub keeps serving
 * that socket and a real desktop syncing alongside, and a replayed push writes nothing and never
 * takes a record back to an older state (the assumedMasterState check answers it as a conflict).
 */
let team: Awaited<ReturnType<typeof createTeamHarness>>;
let desktop: FaultClient;
let adminToken: string;
let adminId: string;
beforeEach(async () => {
  team = await createTeamHarness();
  const admin = await team.member('admin', '张伟');
  [adminToken, adminId] = [admin.token, admin.memberId];
  desktop = await openFaultClient({ hubUrl: team.hub.url, member: await team.member('manager', '王芳'), name: 'wangfang' });
});
afterEach(async () => {
  await desktop.quit().catch(() => undefined);
  await team.close();
});

const row = (id: string, patch = {}) => ({ ...stampNew(sampleFollowUp(id, adminId, patch), { now: 1_800_000_000_000, memberId: adminId, clock: '001800000000000:0000:raw' }), _deleted: false });

const DEEP = '__DEEP__';
/** A push whose document holds a value nested 50,000 deep (built as text: JSON.stringify itself would overflow). */
const deepPush = (rid: number, patch: object): string =>
  JSON.stringify({ t: 'push', rid, collection: 'followups', rows: [{ assumedMasterState: null, newDocumentState: row(`deep-${rid}`, patch) }] })
    .replace(`"${DEEP}"`, `${'['.repeat(50_000)}${']'.repeat(50_000)}`);

/** The socket still answers, and the desktop beside it still syncs a new row both ways. */
const expectStillServing = async (raw: RawSocket, rid: number, marker: string) => {
  raw.send({ t: 'pull', rid, collection: 'followups', afterSeq: 0, limit: 1 });
  expect(await raw.next()).toMatchObject({ t: 'pulled', rid });
  await insertStamped(desktop.db.followups, sampleFollowUp(marker, desktop.member.memberId), desktop.writer);
  await eventually(() => expect(team.hub.store.get('followups', [marker]).size).toBe(1));
};

describe('malformed, oversized and replayed sync messages', () => {
  it('answers every malformed message with a Chinese error and keeps the socket and the hub serving', async () => {
    const raw = await openRawSocket(team.hub.url, adminToken);
    const before = team.hub.store.maxSeq();
    const nested = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const cases: [unknown, RegExp][] = [
      ['{not json', /不是有效的 JSON/],
      [Buffer.from([0xff, 0xfe, 0x00, 0x80, 0xc3]), /不是有效的 JSON/],
      ['null', /同步消息格式不正确/],
      ['[1,2,3]', /同步消息格式不正确/],
      ['"hello"', /同步消息格式不正确/],
      [nested, /同步消息格式不正确/],
      [{ t: 'pull', rid: 1e308, collection: 'followups', afterSeq: 0, limit: 10 }, /同步消息格式不正确/],
      [{ t: 'pull', rid: 2, collection: 'followups', afterSeq: -5, limit: 10 }, /同步消息格式不正确/],
      [{ t: 'pull', rid: 3, collection: 'followups', afterSeq: 0, limit: 1e9 }, /同步消息格式不正确/],
      [{ t: 'pull', rid: 4, collection: '__proto__', afterSeq: 0, limit: 10 }, /同步消息格式不正确/],
      [{ t: 'drop tables', rid: 5 }, /同步消息格式不正确/],
      [{ t: 'push', rid: 6, collection: 'followups', rows: [] }, /同步消息格式不正确/],
      [{ t: 'push', rid: 7, collection: 'followups', rows: [{ assumedMasterState: null, newDocumentState: { id: 'x' } }] }, /同步消息格式不正确/],
      [deepPush(8, { summary: DEEP }), /数据无效/],
      // A team's custom fields take any JSON, so a deep value passes the schema and must still fail cleanly.
      [deepPush(11, { custom: { x: DEEP } }), /团队服务器处理请求时出错/],
      [{ t: 'push', rid: 9, collection: 'followups', rows: [{ assumedMasterState: null, newDocumentState: { ...row('proto'), ['__proto__']: { ownerId: 'x' }, constructor: 1 } }] }, /数据无效/],
      [{ t: 'push', rid: 10, collection: 'followups', rows: Array.from({ length: MAX_PUSH_ROWS + 1 }, (_, i) => ({ assumedMasterState: null, newDocumentState: row(`many-${i}`) })) }, /同步消息格式不正确/],
      [{ t: 'hello', protocol: 999, token: adminToken, deviceId: 'x' }, /请升级销售台/],
    ];
    for (const [message, wording] of cases) {
      raw.send(typeof message === 'string' || Buffer.isBuffer(message) ? message : JSON.stringify(message));
      const reply = await raw.next();
      expect(reply, String(message).slice(0, 60)).toMatchObject({ t: 'error' });
      expect(String(reply['message'])).toMatch(wording);
      expect(String(reply['message'])).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(team.hub.store.maxSeq()).toBe(before);
    // A burst of garbage does not wedge the socket either.
    for (let i = 0; i < 2000; i++) raw.send(`{"t":"pull","rid":${i},"collection":"nope"}`);
    for (let i = 0; i < 2000; i++) expect((await raw.next())['code']).toBe('badMessage');
    await expectStillServing(raw, 99, 'alive-1');
  });

  it('closes the socket of an oversized message (1009) without storing any of it; the hub keeps serving', async () => {
    const raw = await openRawSocket(team.hub.url, adminToken);
    const before = team.hub.store.maxSeq();
    raw.send({ t: 'push', rid: 1, collection: 'followups', rows: [{ assumedMasterState: null, newDocumentState: row('huge', { summary: '大'.repeat(3_000_000) }) }] });
    expect(await raw.closed).toBe(1009);
    expect(team.hub.store.maxSeq()).toBe(before);
    await expectStillServing(await openRawSocket(team.hub.url, adminToken), 2, 'alive-2');
  });

  it('a replayed push is a conflict: nothing duplicated, nothing taken back to an older state', async () => {
    const raw = await openRawSocket(team.hub.url, adminToken);
    const v1 = row('replay');
    const v2 = { ...v1, ...stampPatch(v1, { status: 'quoted', amount: 120_000 }, { now: 1_800_000_001_000, memberId: adminId, clock: '001800000001000:0000:raw' }) };
    const first = { t: 'push', rid: 1, collection: 'followups', rows: [{ assumedMasterState: null, newDocumentState: v1 }] };
    const second = { t: 'push', rid: 2, collection: 'followups', rows: [{ assumedMasterState: v1, newDocumentState: v2 }] };
    raw.send(first);
    expect(await raw.next()).toMatchObject({ t: 'pushed', rid: 1, conflicts: [] });
    raw.send(second);
    expect(await raw.next()).toMatchObject({ t: 'pushed', rid: 2, conflicts: [] });
    const revisions = team.hub.store.history('followups', 'replay').length;
    // Replayed on the same socket and on another one (a captured message sent again).
    const other = await openRawSocket(team.hub.url, adminToken);
    for (const [socket, message] of [[raw, first], [raw, second], [other, first], [other, second]] as const) {
      socket.send(message);
      const reply = await socket.next();
      expect(reply).toMatchObject({ t: 'pushed', conflicts: [expect.objectContaining({ id: 'replay', status: 'quoted', amount: 120_000 })] });
    }
    expect(team.hub.store.history('followups', 'replay')).toHaveLength(revisions);
    expect(team.hub.store.get('followups', ['replay']).get('replay')).toMatchObject({ status: 'quoted', amount: 120_000 });
    await eventually(async () => expect((await desktop.db.followups.findOne('replay').exec())?.toJSON()).toMatchObject({ status: 'quoted', amount: 120_000 }));
  });
});
