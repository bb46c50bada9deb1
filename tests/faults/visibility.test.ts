import { createHash } from 'node:crypto';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../shared/db/schemaValidator.ts';
import { dailyReportId } from '../../shared/db/schemas/dailyReportSchema.ts';
import { insertStamped } from '../../shared/db/stampedWrites.ts';
import { defaultTeamSettings } from '../../shared/domain/defaultTeamSettings.ts';
import { newCustomerFields } from '../../shared/domain/newCustomerFields.ts';
import { collectionNames } from '../../shared/db/collections.ts';
import { formatHlc } from '../../shared/sync/hlc.ts';
import { stampNew } from '../../shared/sync/stampWrite.ts';
import { createTeamHarness, clientWriter, eventually, type TestClient } from '../integration/support/teamHarness.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';
import { openRawSocket, type RawSocket } from './support/rawSocket.ts';

/**
 * A rep under 销售只看自己的客户 (team setting on) trying to read or write a colleague's rows, by every
 * way the hub offers: pulls of every collection, the live stream, `holding`, pushes (an edit with a stale
 * assumption, a new record with a taken id, a follow-up, comment or file on the colleague's customer),
 * row history and the file download. Evidence: a marker planted in every record of the colleague's never
 * appears in anything the hub sends the rep, and no refused write moves the hub's sequence number.
 * Runs under plain vitest and under `npm run test:faults`.
 */
const MARKER = '王强的机密客户·年度框架协议';
const BYTES = Buffer.from(`${MARKER} 合同扫描件`);
const SHA = createHash('sha256').update(BYTES).digest('hex');

let team: Awaited<ReturnType<typeof createTeamHarness>>;
let admin: TestClient;
let rep1: { memberId: string; token: string };
let rep2: { memberId: string; token: string };
const sockets: RawSocket[] = [];

beforeEach(async () => {
  team = await createTeamHarness();
  const db = await openDatabase({ name: `vis${Date.now()}`, storage: validatingStorage(getRxStorageMemory()), only: ['teamsettings', 'customers', 'followups', 'comments', 'dailyreports', 'notifications', 'attachments'] });
  admin = team.connect('admin', db, await team.member('admin', '张伟'));
  rep1 = await team.member('rep', '李娜');
  rep2 = await team.member('rep', '王强');
  const w = clientWriter(admin);
  await insertStamped(db.teamsettings, { ...defaultTeamSettings('华东销售部', '恒星科技'), repsSeeOwnOnly: true }, w);
  await insertStamped(db.customers, newCustomerFields('own', '李娜的客户', rep1.memberId), w);
  await insertStamped(db.customers, { ...newCustomerFields('secret', MARKER, rep2.memberId), remark: MARKER }, w);
  await insertStamped(db.followups, sampleFollowUp('fSecret', rep2.memberId, { customerId: 'secret', summary: MARKER }), w);
  await insertStamped(db.comments, { id: 'kSecret', targetType: 'customer', targetId: 'secret', authorId: admin.member.memberId, body: MARKER, mentions: [], parentId: '', readBy: [] }, w);
  await insertStamped(db.dailyreports, {
    id: dailyReportId(rep2.memberId, '2026-11-20'), memberId: rep2.memberId, date: '2026-11-20', status: 'submitted', submittedAt: 1, lateMinutes: 0,
    metrics: {}, sections: { today: MARKER }, templateVersion: 1, edits: [], readBy: [],
  }, w);
  await insertStamped(db.notifications, { id: 'nSecret', recipientId: rep2.memberId, senderId: admin.member.memberId, kind: 'nudge', title: MARKER, body: MARKER, targetType: 'customer', targetId: 'secret', readAt: 0 }, w);
  await fetch(`${team.hub.url}/api/blobs/${SHA}`, { method: 'PUT', headers: { Authorization: `Bearer ${admin.token}` }, body: BYTES });
  await insertStamped(db.attachments, { id: 'aSecret', ownerType: 'customer', ownerId: 'secret', fileName: `${MARKER}.pdf`, mime: 'application/pdf', size: BYTES.length, sha256: SHA }, w);
  await eventually(() => expect(team.hub.store.get('attachments', ['aSecret']).size).toBe(1));
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.ws.close();
  await team.close();
});

const rep1Socket = async () => {
  const s = await openRawSocket(team.hub.url, rep1.token);
  sockets.push(s);
  return s;
};
const leaked = (s: RawSocket) => JSON.stringify(s.received).includes(MARKER);
const request = async (s: RawSocket, m: Record<string, unknown>) => {
  s.send(m);
  return s.next();
};

describe('a rep under 销售只看自己的客户 gets nothing of a colleague\u2019s', () => {
  it('by pulls of every collection, holding, and the live stream', async () => {
    const s = await rep1Socket();
    let rid = 1;
    for (const collection of collectionNames) {
      const pulled = await request(s, { t: 'pull', rid: rid++, collection, afterSeq: 0, limit: 5000 });
      expect(pulled['t']).toBe('pulled');
    }
    const customers = await request(s, { t: 'pull', rid: rid++, collection: 'customers', afterSeq: 0, limit: 5000 });
    expect((customers['documents'] as { id: string }[]).map((d) => d.id)).toEqual(['own']);
    // Naming the colleague's ids only earns a hide: ids the rep already knew, no content.
    const held = await request(s, { t: 'holding', rid, collection: 'followups', ids: ['fSecret', 'nope'] });
    expect(held).toMatchObject({ t: 'hide', ids: ['fSecret'] });
    // Live: the office keeps writing the colleague's records while the rep's socket listens.
    await insertStamped(admin.db.followups, sampleFollowUp('fSecret2', rep2.memberId, { customerId: 'secret', summary: MARKER }), clientWriter(admin));
    await insertStamped(admin.db.followups, sampleFollowUp('fOwn', rep1.memberId, { customerId: 'own', summary: '李娜的跟进' }), clientWriter(admin));
    await eventually(() => expect(s.received.some((m) => m['t'] === 'change' && JSON.stringify(m).includes('fOwn'))).toBe(true));
    expect(leaked(s)).toBe(false);
  });

  it('by pushes: refused whole, the hub unchanged, the refusal and no conflict naming the content', async () => {
    const s = await rep1Socket();
    const seq = team.hub.store.maxSeq();
    const master = team.hub.store.get('followups', ['fSecret']).get('fSecret')!;
    const stamp = { now: Date.now(), memberId: rep1.memberId, clock: formatHlc({ ms: Date.now(), counter: 0, node: 'rep1' }) };
    const attempts: Record<string, unknown>[] = [
      // An edit with a stale assumption would be answered with the current master: refused instead.
      { collection: 'followups', rows: [{ assumedMasterState: { id: 'fSecret', _deleted: false }, newDocumentState: { ...master, ownerId: rep1.memberId } }] },
      // Creating a record with the colleague's id (the hub would answer the existing one as a conflict).
      { collection: 'followups', rows: [{ assumedMasterState: null, newDocumentState: { ...stampNew(sampleFollowUp('fSecret', rep1.memberId, { customerId: 'own' }), stamp), _deleted: false } }] },
      // Following the colleague's customer by writing a follow-up on it (it would reveal the customer).
      { collection: 'followups', rows: [{ assumedMasterState: null, newDocumentState: { ...stampNew(sampleFollowUp('fSneak', rep1.memberId, { customerId: 'secret' }), stamp), _deleted: false } }] },
      { collection: 'comments', rows: [{ assumedMasterState: null, newDocumentState: { ...stampNew({ id: 'kSneak', targetType: 'customer', targetId: 'secret', authorId: rep1.memberId, body: '?', mentions: [], parentId: '', readBy: [] }, stamp), _deleted: false } }] },
      { collection: 'comments', rows: [{ assumedMasterState: null, newDocumentState: { ...stampNew({ id: 'kSneak2', targetType: 'followUp', targetId: 'fSecret', authorId: rep1.memberId, body: '?', mentions: [], parentId: '', readBy: [] }, stamp), _deleted: false } }] },
      { collection: 'attachments', rows: [{ assumedMasterState: null, newDocumentState: { ...stampNew({ id: 'aSneak', ownerType: 'evidence', ownerId: 'secret', fileName: 'x.pdf', mime: 'application/pdf', size: 1, sha256: 'b'.repeat(64) }, stamp), _deleted: false } }] },
    ];
    let rid = 100;
    for (const attempt of attempts) {
      const answer = await request(s, { t: 'push', rid: rid++, ...attempt });
      expect(answer, JSON.stringify(attempt).slice(0, 120)).toMatchObject({ t: 'error', code: 'forbidden' });
    }
    expect(team.hub.store.maxSeq()).toBe(seq);
    expect(team.hub.store.get('followups', ['fSneak', 'fSecret']).get('fSecret')?.['ownerId']).toBe(rep2.memberId);
    expect(leaked(s)).toBe(false);
  });

  it('by row history and the file download', async () => {
    const auth = { Authorization: `Bearer ${rep1.token}`, 'Content-Type': 'application/json' };
    for (const [collection, id] of [['followups', 'fSecret'], ['customers', 'secret'], ['comments', 'kSecret'], ['dailyreports', dailyReportId(rep2.memberId, '2026-11-20')]]) {
      const res = await fetch(`${team.hub.url}/api/team/history`, { method: 'POST', headers: auth, body: JSON.stringify({ collection, id }) });
      const body = await res.text();
      expect(res.status, `${collection} ${id}`).toBe(403);
      expect(body).not.toContain(MARKER);
    }
    const file = await fetch(`${team.hub.url}/api/blobs/${SHA}`, { headers: { Authorization: `Bearer ${rep1.token}` } });
    expect(file.status).toBe(403);
    expect(await file.text()).not.toContain(MARKER);
    // The owner still gets both.
    const own = await fetch(`${team.hub.url}/api/blobs/${SHA}`, { headers: { Authorization: `Bearer ${rep2.token}` } });
    expect(own.status, await own.clone().text()).toBe(200);
    expect(Buffer.from(await own.arrayBuffer()).equals(BYTES)).toBe(true);
  });
});
