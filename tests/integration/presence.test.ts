import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { PresenceEvent } from '../../shared/sync/hubConnection.ts';
import { SYNC_PATH, SYNC_PROTOCOL, type EditingCell } from '../../shared/sync/syncProtocol.ts';
import { createTeamHarness, eventually, type TestClient } from './support/teamHarness.ts';

let team: Awaited<ReturnType<typeof createTeamHarness>>;
beforeEach(async () => {
  team = await createTeamHarness();
});
afterEach(() => team.close());

const cell = (id: string, field = 'status'): EditingCell => ({ collection: 'followups', id, field });
/** What a client sees: session → [memberId, row id, field]. */
const seen = (c: TestClient) => [...c.sync.presence.presence$.value.values()].map((e) => [e.memberId, e.editing.id, e.editing.field]);
const online = (c: TestClient) => eventually(() => expect(c.conn.state$.value.state).toBe('online'));

type Raw = { send: (m: unknown) => void; replies: Record<string, unknown>[]; close: () => void };

/** A bare socket speaking the protocol, to send what the real client never would. */
const rawClient = async (token: string): Promise<Raw> => {
  const ws = new WebSocket(`${team.hub.url.replace('http', 'ws')}${SYNC_PATH}`);
  const replies: Record<string, unknown>[] = [];
  ws.on('message', (d) => replies.push(JSON.parse(String(d)) as Record<string, unknown>));
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  ws.send(JSON.stringify({ t: 'hello', protocol: SYNC_PROTOCOL, token, deviceId: 'raw-device' }));
  await eventually(() => expect(replies.map((r) => r['t'])).toContain('welcome'));
  return { send: (m) => ws.send(typeof m === 'string' ? m : JSON.stringify(m)), replies, close: () => ws.close() };
};

describe('who is editing: presence relayed by a real hub on loopback', () => {
  it('shows A’s open editor to B and C (not to A), with A’s member id, until A closes it', async () => {
    const [a, b, c] = [await team.client('张伟'), await team.client('王五', 'rep'), await team.client('李娜', 'rep')];
    await Promise.all([a, b, c].map(online));
    a.sync.presence.setEditing(cell('f1'));
    await eventually(() => expect(seen(b)).toEqual([[a.member.memberId, 'f1', 'status']]));
    await eventually(() => expect(seen(c)).toEqual([[a.member.memberId, 'f1', 'status']]));
    expect([...b.sync.presence.presence$.value.values()][0]?.deviceId).toBe('张伟-device');
    a.sync.presence.setEditing(cell('f2', 'amount'));
    await eventually(() => expect(seen(b)).toEqual([[a.member.memberId, 'f2', 'amount']]));
    expect(seen(a)).toEqual([]);
    a.sync.presence.setEditing(null);
    await eventually(() => expect(seen(b)).toEqual([]));
    await eventually(() => expect(seen(c)).toEqual([]));
  });

  it('clears A’s editor for the others when A’s socket closes, and tells a late joiner what is open', async () => {
    const [a, b] = [await team.client('张伟'), await team.client('王五', 'rep')];
    await Promise.all([a, b].map(online));
    a.sync.presence.setEditing(cell('f1'));
    await eventually(() => expect(seen(b)).toEqual([[a.member.memberId, 'f1', 'status']]));
    const late = await team.client('李娜', 'rep');
    await eventually(() => expect(seen(late)).toEqual([[a.member.memberId, 'f1', 'status']]));
    a.conn.close(); // no goodbye from A: the hub notices the close
    await eventually(() => expect(seen(b)).toEqual([]));
    await eventually(() => expect(seen(late)).toEqual([]));
  });

  it('re-announces an open editor after the hub restarts', async () => {
    const [a, b] = [await team.client('张伟'), await team.client('王五', 'rep')];
    await Promise.all([a, b].map(online));
    a.sync.presence.setEditing(cell('f1'));
    await eventually(() => expect(seen(b)).toHaveLength(1));
    await team.restart();
    await Promise.all([a, b].map(online));
    await eventually(() => expect(seen(b)).toEqual([[a.member.memberId, 'f1', 'status']]));
  });

  it('stamps identity from the session, ignoring a forged member id', async () => {
    const b = await team.client('王五', 'rep');
    await online(b);
    const admin = await team.member('admin', '张伟');
    const raw = await rawClient(admin.token);
    raw.send({ t: 'presence', memberId: b.member.memberId, deviceId: 'forged', editing: cell('f1') });
    await eventually(() => expect([...b.sync.presence.presence$.value.values()]).toMatchObject([{ memberId: admin.memberId, deviceId: 'raw-device' }]));
  });

  it('answers a malformed or oversized presence with an error and keeps the session', async () => {
    const b = await team.client('王五', 'rep');
    await online(b);
    const admin = await team.member('admin', '张伟');
    const raw = await rawClient(admin.token);
    raw.send({ t: 'presence', editing: cell('f1', 'x'.repeat(5000)) });
    raw.send({ t: 'presence', editing: { collection: 'followups', id: 'f1' } });
    raw.send({ t: 'presence' });
    await eventually(() => expect(raw.replies.filter((r) => r['t'] === 'error').map((r) => r['code'])).toEqual(['badMessage', 'badMessage', 'badMessage']));
    raw.send({ t: 'presence', editing: cell('f9') });
    await eventually(() => expect(seen(b)).toEqual([[admin.memberId, 'f9', 'status']]));
  });

  it('refuses presence before hello', async () => {
    const ws = new WebSocket(`${team.hub.url.replace('http', 'ws')}${SYNC_PATH}`);
    const replies: Record<string, unknown>[] = [];
    ws.on('message', (d) => replies.push(JSON.parse(String(d)) as Record<string, unknown>));
    await new Promise((resolve) => ws.once('open', resolve));
    ws.send(JSON.stringify({ t: 'presence', editing: cell('f1') }));
    await eventually(() => expect(replies).toMatchObject([{ t: 'error', code: 'unauthorized' }]));
    ws.close();
  });

  it('rate-limits a flood, still delivering the last state', async () => {
    const b = await team.client('王五', 'rep');
    await online(b);
    const events: PresenceEvent[] = [];
    b.conn.presence$.subscribe((e) => events.push(e));
    const admin = await team.member('admin', '张伟');
    const raw = await rawClient(admin.token);
    for (let i = 0; i < 300; i++) raw.send({ t: 'presence', editing: cell(`f${i}`) });
    raw.send({ t: 'presence', editing: null });
    await eventually(() => expect(events.at(-1)?.editing).toBeNull());
    expect(events.length).toBeLessThan(30);
    expect(seen(b)).toEqual([]);
    // The session survives the flood.
    raw.send({ t: 'pull', rid: 1, collection: 'followups', afterSeq: 0, limit: 1 });
    await eventually(() => expect(raw.replies.at(-1)).toMatchObject({ t: 'pulled', rid: 1 }));
  });
});
