import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startTeamHub, type TeamHub } from '../../electron/hub/startTeamHub.ts';
import { createWebApiHandlers } from '../../electron/hub/webApiHandlers.ts';
import { insertStamped } from '../../shared/db/stampedWrites.ts';
import { stampNew } from '../../shared/sync/stampWrite.ts';
import { SYNC_PATH, SYNC_PROTOCOL } from '../../shared/sync/syncProtocol.ts';
import { eventually } from '../integration/support/teamHarness.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';
import { joinWithCode, openFaultClient, type FaultClient } from './support/faultClient.ts';
import { expectAckedStored, expectStoreWhole, key, readHubFile } from './support/hubEvidence.ts';
import { openRawSocket } from './support/rawSocket.ts';

/**
 * The hub's disk fills up. Simulated with SQLite's own limit on the hub's connection (PRAGMA
 * max_page_count: the file may not grow), which fails a write with SQLITE_FULL exactly as a full disk
 * does. The push must fail cleanly with a Chinese error to the desktop, nothing acknowledged may be
 * lost, the file stays whole, and once space returns the desktop's waiting rows go through, once.
 */
const dir = mkdtempSync(join(tmpdir(), 'fault-diskfull-'));
let hub: TeamHub | null = null;
let client: FaultClient | null = null;
afterEach(async () => {
  await client?.quit().catch(() => undefined);
  await hub?.close();
  rmSync(dir, { recursive: true, force: true });
});

const UNLIMITED = 1_073_741_823;

const rawSocket = async (url: string, token: string) => {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}${SYNC_PATH}`);
  const inbox: Record<string, unknown>[] = [];
  ws.on('message', (d) => inbox.push(JSON.parse(String(d)) as Record<string, unknown>));
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  ws.send(JSON.stringify({ t: 'hello', protocol: SYNC_PROTOCOL, token, deviceId: 'raw' }));
  const reply = async (rid: number) => {
    let found: Record<string, unknown> | undefined;
    await eventually(() => expect((found = inbox.find((m) => m['rid'] === rid))).toBeDefined(), 10_000);
    return found as Record<string, unknown>;
  };
  return { ws, reply };
};

describe('disk full on the hub', () => {
  it('fails the push cleanly with a Chinese error, loses nothing acknowledged, and takes the waiting rows once space returns', async () => {
    mkdirSync(join(dir, 'renderer'));
    writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html>');
    let db: DatabaseSync | null = null;
    hub = await startTeamHub({
      dataDir: join(dir, 'data'), host: '127.0.0.1', port: 0, rendererDir: join(dir, 'renderer'),
      handlers: createWebApiHandlers({ version: 'test', platform: 'linux' }),
      onStoreOpen: (connection) => (db = connection),
    });
    const file = join(dir, 'data', 'hub.sqlite');
    const admin = await joinWithCode(hub.url, hub.issueJoinCode('admin'), '张伟');
    client = await openFaultClient({ hubUrl: hub.url, member: admin, name: 'zhangwei' });
    for (let i = 0; i < 50; i++) await insertStamped(client.db.followups, sampleFollowUp(`before-${i}`, admin.memberId), client.writer);
    await client.sync.awaitInSync();
    const ackedBefore = client.acked.length;

    // The disk is full: the file may not grow by a single page.
    const pages = Number((db as DatabaseSync | null)?.prepare('PRAGMA page_count').get()?.['page_count']);
    db!.exec(`PRAGMA max_page_count = ${pages}`);

    const raw = await rawSocket(hub.url, admin.token);
    const big = Array.from({ length: 200 }, (_, i) => ({
      assumedMasterState: null,
      newDocumentState: { ...stampNew(sampleFollowUp(`raw-${i}`, admin.memberId, { summary: '满'.repeat(2000) }), { now: 1, memberId: admin.memberId, clock: '001800000000000:0000:raw' }), _deleted: false },
    }));
    const seqBefore = hub.store.maxSeq();
    raw.ws.send(JSON.stringify({ t: 'push', rid: 1, collection: 'followups', rows: big }));
    const refused = await raw.reply(1);
    expect(refused).toMatchObject({ t: 'error', rid: 1, code: 'failed' });
    expect(String(refused['message'])).toMatch(/团队服务器的磁盘已满.*没有保存/);
    expect(hub.store.maxSeq()).toBe(seqBefore);
    expect(hub.store.get('followups', ['raw-0']).size).toBe(0); // all or nothing: no part of the push stayed
    // The socket and the hub are still serving.
    raw.ws.send(JSON.stringify({ t: 'pull', rid: 2, collection: 'followups', afterSeq: 0, limit: 5 }));
    expect(await raw.reply(2)).toMatchObject({ t: 'pulled', rid: 2 });

    // A desktop's edits made while the disk is full wait on the desktop, retried.
    const errors: string[] = [];
    const subs = client.sync.replications().map((r) => r.error$.subscribe((e) => errors.push(String(e?.parameters?.errors?.[0]?.message ?? e?.message ?? e))));
    for (let i = 0; i < 40; i++) await insertStamped(client.db.followups, sampleFollowUp(`during-${i}`, admin.memberId, { summary: '磁盘满时的跟进'.repeat(100) }), client.writer);
    await eventually(() => expect(errors.join('\n')).toContain('磁盘已满'), 10_000);
    expect(client.acked.length).toBe(ackedBefore);
    expectAckedStored(readHubFile(file), client.acked);
    expectStoreWhole(file);

    // Fill the last free space in the pages with small rows, then a desktop not seen before says hello:
    // it may still connect and read (recording its name is bookkeeping, not a reason to refuse it).
    for (let i = 0; i < 2000; i++) {
      raw.ws.send(JSON.stringify({ t: 'push', rid: 100 + i, collection: 'followups', rows: [big[i % 200]] }));
      if ((await raw.reply(100 + i))['t'] === 'error') break;
    }
    // Enough new desktops that recording their names needs a page the disk no longer has.
    for (let i = 0; i < 60; i++) {
      const newcomer = await openRawSocket(hub.url);
      newcomer.send({ t: 'hello', protocol: SYNC_PROTOCOL, token: admin.token, deviceId: `newcomer-${i}-${'x'.repeat(60)}` });
      expect(await newcomer.next(), `newcomer ${i}`).toMatchObject({ t: 'welcome' });
      newcomer.send({ t: 'pull', rid: 1, collection: 'followups', afterSeq: 0, limit: 10 });
      expect(await newcomer.next()).toMatchObject({ t: 'pulled', rid: 1 });
      newcomer.ws.close();
    }

    // Space returns: the waiting rows go through without a restart, each exactly once.
    db!.exec(`PRAGMA max_page_count = ${UNLIMITED}`);
    await eventually(() => expect(client?.acked.length).toBe(ackedBefore + 40), 15_000);
    subs.forEach((s) => s.unsubscribe());
    const facts = readHubFile(file);
    expectAckedStored(facts, client.acked);
    for (let i = 0; i < 40; i++) expect(facts.revisions.get(key('followups', `during-${i}`))?.length).toBe(1);
    raw.ws.send(JSON.stringify({ t: 'push', rid: 3, collection: 'followups', rows: big }));
    expect(await raw.reply(3)).toMatchObject({ t: 'pushed', rid: 3, conflicts: [] });
    raw.ws.close();
    expectStoreWhole(file);
  });
});
