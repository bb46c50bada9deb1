import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertStamped } from '../../shared/db/stampedWrites.ts';
import { stampNew } from '../../shared/sync/stampWrite.ts';
import { SYNC_PROTOCOL } from '../../shared/sync/syncProtocol.ts';
import { createTeamHarness, eventually } from '../integration/support/teamHarness.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';
import { openFaultClient, type FaultClient } from './support/faultClient.ts';
import { openRawSocket } from './support/rawSocket.ts';

/**
 * Forged and revoked tokens, on the sync socket and on every HTTP endpoint that takes a token.
 * Evidence: not one document (a marker string planted in the team's data) reaches the holder, and
 * not one write is accepted (the hub's sequence number and blob folder do not move).
 */
const MARKER = '机密客户：华东区年度框架协议';
let team: Awaited<ReturnType<typeof createTeamHarness>>;
let admin: FaultClient;
const clients: FaultClient[] = [];
beforeEach(async () => {
  team = await createTeamHarness();
  admin = await openFaultClient({ hubUrl: team.hub.url, member: await team.member('admin', '张伟'), name: 'zhangwei' });
  clients.push(admin);
  await insertStamped(admin.db.followups, sampleFollowUp('secret', admin.member.memberId, { summary: MARKER }), admin.writer);
  await admin.sync.awaitInSync();
});
afterEach(async () => {
  for (const c of clients.splice(0)) await c.quit().catch(() => undefined);
  await team.close();
});

const forged = () => randomBytes(24).toString('base64url');
const sha = 'a'.repeat(64);

/** Every endpoint that takes a bearer token, as the app calls it. */
const endpoints = (token: string): [string, RequestInit][] => {
  const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  return [
    ['/api/team/history', { method: 'POST', headers: auth, body: JSON.stringify({ collection: 'followups', id: 'secret' }) }],
    ['/api/team/join-codes', { method: 'POST', headers: auth, body: JSON.stringify({ role: 'admin' }) }],
    ['/api/team/revoke', { method: 'POST', headers: auth, body: JSON.stringify({ memberId: admin.member.memberId }) }],
    ['/api/team/backup', { method: 'POST', headers: auth }],
    ['/api/audit/revisions', { headers: auth }],
    ['/api/audit/trash', { headers: auth }],
    ['/api/audit/devices', { headers: auth }],
    ['/api/data-safety/backups', { method: 'POST', headers: auth }],
    ['/api/data-safety/archive', { method: 'POST', headers: auth }],
    ['/api/data-safety/workbook', { method: 'POST', headers: auth }],
    [`/api/blobs/${sha}`, { headers: auth }],
    [`/api/blobs/${sha}`, { method: 'PUT', headers: { Authorization: `Bearer ${token}` }, body: 'not yours' }],
  ];
};

/** Nothing the token asks for is given or written. */
const expectNothingMoves = async (token: string) => {
  const seq = team.hub.store.maxSeq();
  for (const [path, init] of endpoints(token)) {
    const res = await fetch(`${team.hub.url}${path}`, init);
    const body = Buffer.from(await res.arrayBuffer()).toString('utf8');
    expect([401, 403], `${init.method ?? 'GET'} ${path} → ${res.status}`).toContain(res.status);
    expect(body, path).not.toContain(MARKER);
    expect(body, path).toMatch(/[\u4e00-\u9fff]/);
  }
  expect(team.hub.store.maxSeq()).toBe(seq);
};

/** A socket saying hello with `token`: refused, closed, and nothing but the refusal ever arrives. */
const expectSocketRefused = async (token: string, code: 'unauthorized' | 'revoked') => {
  const raw = await openRawSocket(team.hub.url);
  // Tries everything at once, as a hostile client would: pull, push, then hello.
  raw.send({ t: 'pull', rid: 1, collection: 'followups', afterSeq: 0, limit: 100 });
  raw.send({ t: 'push', rid: 2, collection: 'followups', rows: [{ assumedMasterState: null, newDocumentState: { ...stampNew(sampleFollowUp('intruder', 'x'), { now: 1, memberId: 'x', clock: '000000000000001:0000:x' }), _deleted: false } }] });
  raw.send({ t: 'hello', protocol: SYNC_PROTOCOL, token, deviceId: 'intruder' });
  expect(await raw.closed).toBe(4401);
  // Meanwhile the team keeps working: a new row is written and broadcast to everyone authenticated.
  await insertStamped(admin.db.followups, sampleFollowUp(`after-${code}-${Date.now()}`, admin.member.memberId, { summary: MARKER }), admin.writer);
  await admin.sync.awaitInSync();
  expect(raw.received.map((m) => m['t'])).toEqual(['error', 'error', 'error']);
  expect(raw.received.map((m) => m['code'])).toEqual(['unauthorized', 'unauthorized', code]);
  expect(JSON.stringify(raw.received)).not.toContain(MARKER);
  expect(team.hub.store.get('followups', ['intruder']).size).toBe(0);
};

describe('forged and revoked tokens', () => {
  it('a forged token gets no data and writes nothing, on the socket and every endpoint', async () => {
    await expectSocketRefused(forged(), 'unauthorized');
    await expectNothingMoves(forged());
    await expectNothingMoves(''); // no token at all
  });

  it('a revoked member is cut off at once: the open desktop stops, later writes are refused, nothing reaches it', async () => {
    const rep = await openFaultClient({ hubUrl: team.hub.url, member: await team.member('manager', '李娜'), name: 'lina' });
    clients.push(rep);
    await eventually(async () => expect(await rep.db.followups.findOne('secret').exec()).not.toBeNull());
    const res = await fetch(`${team.hub.url}/api/team/revoke`, {
      method: 'POST', headers: { Authorization: `Bearer ${admin.member.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ memberId: rep.member.memberId }),
    });
    expect(res.status).toBe(200);
    await eventually(() => expect(rep.conn.state$.value).toMatchObject({ state: 'refused', code: 'revoked' }));
    const seq = team.hub.store.maxSeq();
    // The revoked desktop writes; the team writes. Neither crosses.
    await insertStamped(rep.db.followups, sampleFollowUp('from-revoked', rep.member.memberId), rep.writer);
    await insertStamped(admin.db.followups, sampleFollowUp('after-revoke', admin.member.memberId, { summary: MARKER }), admin.writer);
    await admin.sync.awaitInSync();
    await new Promise((r) => setTimeout(r, 500));
    expect(team.hub.store.get('followups', ['from-revoked']).size).toBe(0);
    expect(await rep.db.followups.findOne('after-revoke').exec()).toBeNull();
    expect(team.hub.store.maxSeq()).toBe(seq + 1); // only the team's own row
    expect(rep.acked.filter((a) => a.doc.id === 'from-revoked')).toEqual([]);
    await expectSocketRefused(rep.member.token, 'revoked');
    await expectNothingMoves(rep.member.token);
  });

  it('a push racing the revocation on an already open socket is refused, nothing written', async () => {
    const member = await team.member('manager', '赵六');
    const raw = await openRawSocket(team.hub.url, member.token);
    const seq = team.hub.store.maxSeq();
    const revoked = fetch(`${team.hub.url}/api/team/revoke`, {
      method: 'POST', headers: { Authorization: `Bearer ${admin.member.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ memberId: member.memberId }),
    });
    // Sent while the revocation is on its way; whichever lands first, no write may stay.
    for (let i = 0; i < 20; i++) {
      raw.send({ t: 'push', rid: i, collection: 'followups', rows: [{ assumedMasterState: null, newDocumentState: { ...stampNew(sampleFollowUp(`race-${i}`, member.memberId), { now: 1, memberId: member.memberId, clock: '000000000000001:0000:r' }), _deleted: false } }] });
      await new Promise((r) => setTimeout(r, 1));
    }
    await revoked;
    await raw.closed;
    const written = team.hub.store.pull('followups', seq, 100).filter((r) => r.id.startsWith('race-'));
    const acknowledged = raw.received.filter((m) => m['t'] === 'pushed').length;
    // Writes acknowledged before the revocation landed stand; none after it.
    expect(written).toHaveLength(acknowledged);
    // Once refused, never accepted again: every 'pushed' comes before the first refusal.
    const replies = raw.received.filter((m) => m['t'] === 'pushed' || m['t'] === 'error').map((m) => (m['t'] === 'pushed' ? 'pushed' : String(m['code'])));
    const firstRefusal = replies.indexOf('revoked');
    if (firstRefusal >= 0) expect(replies.slice(firstRefusal).every((r) => r === 'revoked')).toBe(true);
    expect(replies.every((r) => r === 'pushed' || r === 'revoked')).toBe(true);
  });
});
