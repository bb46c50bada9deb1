import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTeamHub, type TeamHub } from '../../electron/hub/startTeamHub.ts';
import { createWebApiHandlers } from '../../electron/hub/webApiHandlers.ts';
import { openSqliteHubStore } from '../../electron/hub/store/openSqliteHubStore.ts';
import { dataSafetyClient } from '../../shared/dataSafety/dataSafetyClient.ts';
import { collectionNames } from '../../shared/db/collections.ts';
import { openDatabase } from '../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../shared/db/schemaValidator.ts';
import { insertStamped, patchStamped } from '../../shared/db/stampedWrites.ts';
import { canonicalJson } from '../../shared/sync/canonicalJson.ts';
import { connectToHub } from '../../shared/sync/hubConnection.ts';
import { joinTeam } from '../../shared/sync/joinTeam.ts';
import { startTeamSync } from '../../shared/sync/startTeamSync.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';
import { clientWriter, createTeamHarness, eventually } from './support/teamHarness.ts';

let team: Awaited<ReturnType<typeof createTeamHarness>>;
let fresh: TeamHub | null = null;
let freshDir = '';
beforeEach(async () => {
  team = await createTeamHarness();
  freshDir = mkdtempSync(join(tmpdir(), 'salesdesk-import-'));
});
afterEach(async () => {
  await fresh?.close();
  fresh = null;
  await team.close();
  rmSync(freshDir, { recursive: true, force: true });
});

const startFresh = (dataDir: string, importArchive?: string) =>
  startTeamHub({
    dataDir, host: '127.0.0.1', port: 0, rendererDir: join(team.dir, 'renderer'),
    handlers: createWebApiHandlers({ version: 'test', platform: 'linux' }),
    ...(importArchive ? { importArchive } : {}),
  });

/** Every master of every collection, as canonical JSON, from a hub's store. */
const everything = (hub: TeamHub) => canonicalJson(collectionNames.map((c) => hub.store.pull(c, 0, 100_000).map((r) => r.doc)));

const contract = Buffer.from('合同扫描件 PDF 字节');
const contractSha = createHash('sha256').update(contract).digest('hex');

describe('数据安全: the team archive', () => {
  it('a fresh hub imports it (masters, history, attachments) and a new desktop syncs identical data', async () => {
    const admin = await team.client('张伟', 'admin');
    await insertStamped(admin.db.followups, sampleFollowUp('f1', admin.member.memberId, { summary: '第一次沟通' }), clientWriter(admin));
    await insertStamped(admin.db.followups, sampleFollowUp('f2', admin.member.memberId, { summary: '报价' }), clientWriter(admin));
    await eventually(() => expect(team.hub.store.get('followups', ['f1']).size).toBe(1));
    await patchStamped((await admin.db.followups.findOne('f1').exec())!, { summary: '第一次沟通（已改）' }, clientWriter(admin));
    await eventually(() => expect(team.hub.store.get('followups', ['f1']).get('f1')?.['summary']).toBe('第一次沟通（已改）'));
    await eventually(() => expect(team.hub.store.get('followups', ['f2']).size).toBe(1));
    mkdirSync(join(team.dir, 'data', 'blobs', contractSha.slice(0, 2)), { recursive: true });
    writeFileSync(join(team.dir, 'data', 'blobs', contractSha.slice(0, 2), contractSha), contract);

    const archive = await dataSafetyClient.download(team.hub.url, admin.token, 'archive');
    if (!archive.ok) throw new Error(archive.message);
    const file = join(freshDir, '团队归档.archive');
    writeFileSync(file, archive.value);

    fresh = await startFresh(join(freshDir, 'hub'), file);
    expect(everything(fresh)).toBe(everything(team.hub));
    expect(fresh.store.history('followups', 'f1').map((r) => r.doc['summary'])).toEqual(['第一次沟通', '第一次沟通（已改）']);
    expect(fresh.store.history('followups', 'f1')).toEqual(team.hub.store.history('followups', 'f1'));
    expect(readFileSync(join(freshDir, 'hub', 'blobs', contractSha.slice(0, 2), contractSha))).toEqual(contract);
    expect(fresh.store.epoch).not.toBe(team.hub.store.epoch);

    // A new desktop joins the imported hub and ends with exactly the original team's follow-ups.
    const joined = await joinTeam(fresh.url, { code: fresh.issueJoinCode('admin'), name: '李娜', deviceName: '新电脑' });
    if (!joined.ok) throw new Error(joined.message);
    const db = await openDatabase({ name: `fresh${Date.now()}`, storage: validatingStorage(getRxStorageMemory()), only: ['followups', 'members'] });
    const conn = connectToHub({ hubUrl: fresh.url, token: joined.value.token, deviceId: 'new-desktop', now: Date.now, retryMs: 100 });
    const sync = startTeamSync(db, conn, { retryMs: 100 });
    try {
      const original = canonicalJson(team.hub.store.pull('followups', 0, 1000).map((r) => r.doc).sort((a, b) => a.id.localeCompare(b.id)));
      await eventually(async () => {
        const local = (await db.followups.find({ sort: [{ id: 'asc' }] }).exec()).map((d) => ({ ...d.toJSON(), _deleted: false }));
        expect(canonicalJson(local)).toBe(original);
      }, 20_000);
    } finally {
      await sync.stop();
      conn.close();
      await db.remove();
    }
  }, 60_000);

  it('a damaged or foreign file gets a Chinese reason and imports nothing', async () => {
    const admin = await team.client('张伟', 'admin');
    await insertStamped(admin.db.followups, sampleFollowUp('f1', admin.member.memberId), clientWriter(admin));
    await eventually(() => expect(team.hub.store.get('followups', ['f1']).size).toBe(1));
    const archive = await dataSafetyClient.download(team.hub.url, admin.token, 'archive');
    if (!archive.ok) throw new Error(archive.message);
    const lines = (await import('node:zlib')).gunzipSync(archive.value).toString('utf8').split('\n');

    const cases: [string, Buffer, RegExp][] = [
      ['truncated.archive', gzipSync(lines.slice(0, -3).join('\n')), /缺少文件尾|已损坏/],
      ['cut.archive', Buffer.from(archive.value).subarray(0, Math.floor(archive.value.length / 2)), /不是销售台的团队归档|已损坏/],
      ['foreign.archive', gzipSync('{"name":"别的软件的数据"}\n'), /不是销售台的团队归档/],
      ['plain.archive', Buffer.from('客户名称,电话\n恒瑞精密,123\n'), /不是销售台的团队归档/],
      ['edited.archive', gzipSync(lines.map((l) => l.replace('"phone"', '"传真"')).join('\n')), /不符合本机的数据格式|已损坏/],
    ];
    for (const [name, bytes, reason] of cases) {
      const dir = join(freshDir, name);
      writeFileSync(join(freshDir, `${name}.file`), bytes);
      await expect(startFresh(dir, join(freshDir, `${name}.file`))).rejects.toThrow(reason);
      const store = openSqliteHubStore({ file: join(dir, 'hub.sqlite'), newId: () => 'x' });
      expect(store.maxSeq()).toBe(0);
      store.close();
      expect(existsSync(join(dir, 'blobs'))).toBe(false);
    }

    // A hub that already holds data refuses: an archive fills a new hub, it never merges into one.
    const file = join(freshDir, 'good.archive');
    writeFileSync(file, archive.value);
    const busy = join(freshDir, 'busy');
    fresh = await startFresh(busy, file);
    await fresh.close();
    fresh = null;
    await expect(startFresh(busy, file)).rejects.toThrow('已经有数据');
  }, 60_000);
});
