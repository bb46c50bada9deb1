import { createServer as createTcpServer, connect as tcpConnect, type AddressInfo, type Server as TcpServer } from 'node:net';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSelfSignedCertificate } from '../../electron/hub/tls/createSelfSignedCertificate.ts';
import { pinnedFetch, pinnedWebSocket } from '../../electron/hub/tls/pinnedTransport.ts';
import { lanAddresses } from '../../electron/hub/lanAddresses.ts';
import { startTeamHub } from '../../electron/hub/startTeamHub.ts';
import { createWebApiHandlers } from '../../electron/hub/webApiHandlers.ts';
import { openDatabase } from '../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../shared/db/schemaValidator.ts';
import { insertStamped } from '../../shared/db/stampedWrites.ts';
import { connectToHub } from '../../shared/sync/hubConnection.ts';
import { parseJoinCode, PIN_MISMATCH_MESSAGE } from '../../shared/sync/hubPin.ts';
import { joinTeam } from '../../shared/sync/joinTeam.ts';
import { requestJoinCode } from '../../shared/sync/requestJoinCode.ts';
import { startTeamSync } from '../../shared/sync/startTeamSync.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';
import { clientWriter, createTeamHarness, eventually, type TestClient } from './support/teamHarness.ts';

let team: Awaited<ReturnType<typeof createTeamHarness>>;
const cleanups: (() => Promise<void> | void)[] = [];
beforeEach(async () => {
  team = await createTeamHarness();
});
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  await team.close();
});

const pinOf = (code: string) => parseJoinCode(code)?.pin ?? '';
/** A desktop that reaches the hub over https/wss only, pinned to the certificate its join code names. */
const secureClient = async (name: string, role: 'admin' | 'rep', via = team.hub.secureUrl ?? ''): Promise<TestClient> => {
  const code = team.hub.issueJoinCode(role);
  const pin = pinOf(code);
  const joined = await joinTeam(via, { code, name, deviceName: `${name}的电脑` }, { fetch: pinnedFetch(pin) });
  if (!joined.ok) throw new Error(joined.message);
  const db = await openDatabase({ name: `tls${Date.now()}${name.length}${Math.random().toString(36).slice(2, 6)}`, storage: validatingStorage(getRxStorageMemory()), only: ['followups', 'members'] });
  const conn = connectToHub({ hubUrl: via, token: joined.value.token, deviceId: `${name}-device`, now: Date.now, retryMs: 100, openSocket: pinnedWebSocket(pin) });
  const sync = startTeamSync(db, conn, { retryMs: 100 });
  cleanups.push(async () => {
    await sync.stop();
    conn.close();
    await db.remove().catch(() => undefined);
  });
  return { name, db, conn, sync, member: joined.value, token: joined.value.token };
};

/** Another machine answering TLS with its own certificate, recording whatever it is sent after the handshake. */
const impostor = async (): Promise<{ url: string; received: string[]; server: HttpsServer }> => {
  const cert = createSelfSignedCertificate({ commonName: 'not the hub', now: Date.now() });
  const received: string[] = [];
  const server = createHttpsServer({ key: cert.keyPem, cert: cert.certPem }, (req, res) => {
    received.push(`${req.method} ${req.url} ${JSON.stringify(req.headers)}`);
    req.on('data', (d: Buffer) => received.push(d.toString()));
    res.end('{}');
  });
  server.on('upgrade', (req, socket) => (received.push(`UPGRADE ${req.url}`), socket.destroy()));
  server.on('secureConnection', (tls) => tls.on('data', (d: Buffer) => received.push(d.toString())));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  cleanups.push(() => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))));
  return { url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`, received, server };
};

/** A TCP relay in front of the hub that keeps every byte each way, as a machine on the LAN could see them. */
const wiretap = async (targetPort: number): Promise<{ port: number; up: Buffer[]; down: Buffer[] }> => {
  const up: Buffer[] = [];
  const down: Buffer[] = [];
  const relay: TcpServer = createTcpServer((inbound) => {
    const outbound = tcpConnect(targetPort, '127.0.0.1');
    inbound.on('data', (d: Buffer) => (up.push(d), outbound.write(d)));
    outbound.on('data', (d: Buffer) => (down.push(d), inbound.write(d)));
    inbound.on('close', () => outbound.destroy());
    outbound.on('close', () => inbound.destroy());
    inbound.on('error', () => outbound.destroy());
    outbound.on('error', () => inbound.destroy());
  });
  await new Promise<void>((r) => relay.listen(0, '127.0.0.1', r));
  cleanups.push(() => new Promise<void>((r) => relay.close(() => r())));
  return { port: (relay.address() as AddressInfo).port, up, down };
};

describe('transport security: TLS with the certificate pinned by the join code', () => {
  it('joins over https and syncs over wss with the right pin', async () => {
    expect(team.hub.secureUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const code = team.hub.issueJoinCode('rep');
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){5}$/);
    expect(pinOf(code)).toBe(team.hub.certificate.pin);

    const admin = await secureClient('张伟', 'admin');
    const rep = await secureClient('王五', 'rep');
    await Promise.all([admin.sync.awaitInSync(), rep.sync.awaitInSync()]);
    expect(admin.conn.state$.value.state).toBe('online');
    await insertStamped(rep.db.followups, sampleFollowUp('f1', rep.member.memberId, { summary: '加密通道上的首次电话' }), clientWriter(rep));
    await eventually(async () => expect((await admin.db.followups.findOne('f1').exec())?.summary).toBe('加密通道上的首次电话'));
    // The admin's invitations travel pinned too, and carry the same pin.
    const invited = await requestJoinCode(team.hub.secureUrl ?? '', admin.token, 'rep', { fetch: pinnedFetch(team.hub.certificate.pin) });
    expect(invited.ok && pinOf(invited.code)).toBe(team.hub.certificate.pin);
  });

  it('refuses a hub whose certificate is not the one in the code, before sending the code or a token', async () => {
    const other = await impostor();
    const code = team.hub.issueJoinCode('admin');
    const refused = await joinTeam(other.url, { code, name: '张伟', deviceName: '电脑' }, { fetch: pinnedFetch(pinOf(code)) });
    expect(refused).toEqual({ ok: false, message: PIN_MISMATCH_MESSAGE });
    expect(PIN_MISMATCH_MESSAGE).toMatch(/^团队服务器的证书与加入码不符：可能连到了别的电脑/);

    const admin = await secureClient('张伟', 'admin');
    const conn = connectToHub({ hubUrl: other.url, token: admin.token, deviceId: 'd', now: Date.now, retryMs: 50, openSocket: pinnedWebSocket(team.hub.certificate.pin) });
    cleanups.push(() => conn.close());
    await eventually(() => expect(conn.state$.value).toMatchObject({ state: 'offline', reason: PIN_MISMATCH_MESSAGE }));
    await new Promise((r) => setTimeout(r, 200));
    // Several attempts, and the impostor received not one byte of application data.
    expect(other.received).toEqual([]);
  });

  it('refuses the real hub under a wrong pin, and the code never reached it (it still works afterwards)', async () => {
    const code = team.hub.issueJoinCode('rep');
    const wrongPin = team.hub.certificate.pin.startsWith('A') ? `B${team.hub.certificate.pin.slice(1)}` : `A${team.hub.certificate.pin.slice(1)}`;
    const refused = await joinTeam(team.hub.secureUrl ?? '', { code, name: '李娜', deviceName: '电脑' }, { fetch: pinnedFetch(wrongPin) });
    expect(refused).toEqual({ ok: false, message: PIN_MISMATCH_MESSAGE });
    const joined = await joinTeam(team.hub.secureUrl ?? '', { code, name: '李娜', deviceName: '电脑' }, { fetch: pinnedFetch(pinOf(code)) });
    expect(joined.ok).toBe(true);
  });

  it('puts only TLS records on the wire: no HTTP, no JSON, no token, no customer text', async () => {
    const tap = await wiretap(team.hub.port);
    const via = `https://127.0.0.1:${tap.port}`;
    const admin = await secureClient('张伟', 'admin', via);
    const rep = await secureClient('王五', 'rep', via);
    await Promise.all([admin.sync.awaitInSync(), rep.sync.awaitInSync()]);
    await insertStamped(rep.db.followups, sampleFollowUp('f9', rep.member.memberId, { summary: '报价八万八千元' }), clientWriter(rep));
    await eventually(async () => expect((await admin.db.followups.findOne('f9').exec())?.summary).toBe('报价八万八千元'));
    const up = Buffer.concat(tap.up);
    const down = Buffer.concat(tap.down);
    // A TLS handshake record (0x16, version 3.x) opens the stream, in both directions.
    expect([up[0], up[1]]).toEqual([0x16, 0x03]);
    expect([down[0], down[1]]).toEqual([0x16, 0x03]);
    const wire = Buffer.concat([up, down]);
    for (const plain of ['HTTP/1.1', 'POST ', 'Upgrade', '"t":', admin.token, rep.token, '报价八万八千元', '张伟', 'followups']) {
      expect(wire.includes(Buffer.from(plain)), plain).toBe(false);
    }
  });

  it('answers plain HTTP on loopback only: another computer gets the https address and nothing else', async () => {
    const lan = lanAddresses()[0];
    if (!lan) throw new Error('this test needs a non-loopback IPv4 address on the machine');
    const dir = mkdtempSync(join(tmpdir(), 'salesdesk-lan-'));
    mkdirSync(join(dir, 'renderer'));
    writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>销售台</title>');
    const hub = await startTeamHub({ dataDir: join(dir, 'data'), host: '0.0.0.0', port: 0, rendererDir: join(dir, 'renderer'), handlers: createWebApiHandlers({ version: 't', platform: 'linux' }) });
    cleanups.push(async () => (await hub.close(), rmSync(dir, { recursive: true, force: true })));
    const code = hub.issueJoinCode('admin');

    // From the LAN address (the peer is not loopback): a redirect to https, the join never handled.
    const fromLan = await fetch(`http://${lan}:${hub.port}/api/team/join`, { method: 'POST', body: JSON.stringify({ code, name: 'x', deviceName: 'y' }), redirect: 'manual' });
    expect(fromLan.status).toBe(308);
    expect(fromLan.headers.get('location')).toBe(`https://${lan}:${hub.port}/api/team/join`);
    expect(await fromLan.text()).toContain('只接受加密连接');
    const page = await fetch(`http://${lan}:${hub.port}/`, { redirect: 'manual' });
    expect(page.status).toBe(308);
    expect(await page.text()).not.toContain('<title>');

    // The same request over https from the LAN address, pinned, is served; so is plain HTTP on loopback.
    const secure = await joinTeam(`https://${lan}:${hub.port}`, { code, name: '张伟', deviceName: '电脑' }, { fetch: pinnedFetch(hub.certificate.pin) });
    expect(secure.ok).toBe(true);
    expect(await (await fetch(`${hub.url}/`)).text()).toContain('<title>销售台</title>');
  });
});
