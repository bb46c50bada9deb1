import { mkdtempSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { insertStamped } from '../../shared/db/stampedWrites.ts';
import { eventually } from '../integration/support/teamHarness.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';
import { joinWithCode, openFaultClient, type FaultClient } from './support/faultClient.ts';
import { expectAckedStored, expectStoreWhole, key, readHubFile } from './support/hubEvidence.ts';
import { runHubExpectingRefusal, startHubProcess, type HubProcess } from './support/hubProcess.ts';

/**
 * The hub's SQLite file is cut in half (a failing disk, a half-finished copy). The hub must refuse
 * to start, in Chinese, naming the newest backup and the command that restores it; running that
 * command brings the hub back, and the desktop re-pushes what the backup lacks.
 */
const dir = mkdtempSync(join(tmpdir(), 'fault-truncated-'));
let hub: HubProcess | null = null;
let client: FaultClient | null = null;
afterEach(async () => {
  await client?.quit().catch(() => undefined);
  await hub?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

const write = async (c: FaultClient, from: number, to: number) => {
  for (let i = from; i < to; i++) await insertStamped(c.db.followups, sampleFollowUp(`t-${i}`, c.member.memberId, { summary: `截断前第${i}条` }), c.writer);
};

describe('the hub data file truncated', () => {
  it('refuses to start, names the newest backup and the restore command; that command recovers everything acknowledged', async () => {
    const dataDir = join(dir, 'data');
    hub = await startHubProcess(dataDir);
    const admin = await joinWithCode(hub.url, hub.adminCode ?? '', '张伟');
    client = await openFaultClient({ hubUrl: hub.url, member: admin, name: 'zhangwei' });
    await write(client, 0, 300);
    await client.sync.awaitInSync();
    const backup = await fetch(`${hub.url}/api/team/backup`, { method: 'POST', headers: { Authorization: `Bearer ${admin.token}` } });
    const { value } = (await backup.json()) as { value: { name: string } };
    // Written after the backup: on the hub (acknowledged) and on the desktop, not in the backup.
    await write(client, 300, 340);
    await eventually(() => expect(client?.acked.length).toBeGreaterThanOrEqual(340));
    const { port } = hub;
    await hub.kill('SIGTERM');
    hub = null;

    const file = join(dataDir, 'hub.sqlite');
    truncateSync(file, Math.floor(statSync(file).size / 2 / 4096) * 4096);
    const refused = await runHubExpectingRefusal(dataDir);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain(`团队数据文件 ${file} 已损坏`);
    expect(refused.output).toContain('团队服务器没有启动');
    expect(refused.output).toContain(`（最新备份 ${value.name}）`);
    const command = /npm run hub -- --data "([^"]+)" --restore "([^"]+)"/.exec(refused.output);
    expect(command?.[1]).toBe(dataDir);
    expect(command?.[2]).toBe(join(dataDir, 'backups', value.name));

    // Do what the message says, on the same port, with the desktop still trying to reconnect.
    hub = await startHubProcess(command?.[1] ?? '', port, ['--restore', command?.[2] ?? '']);
    await eventually(() => {
      const facts = readHubFile(file);
      for (let i = 0; i < 340; i++) expect(facts.masters.has(key('followups', `t-${i}`)), `t-${i}`).toBe(true);
      expectAckedStored(facts, client?.acked ?? []);
    }, 20_000);
    expectStoreWhole(file);
  });
});
