import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertStamped, patchStamped } from '../../shared/db/stampedWrites.ts';
import { canonicalJson } from '../../shared/sync/canonicalJson.ts';
import { dataSafetyClient } from '../../shared/dataSafety/dataSafetyClient.ts';
import { hashToken } from '../../electron/hub/hashToken.ts';
import { clientWriter, createTeamHarness, eventually, goOffline, type TestClient } from './support/teamHarness.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';

let team: Awaited<ReturnType<typeof createTeamHarness>>;
beforeEach(async () => {
  team = await createTeamHarness();
});
afterEach(() => team.close());

const followUps = async (c: TestClient) => (await c.db.followups.find({ sort: [{ id: 'asc' }] }).exec()).map((d) => d.toJSON());
const summaries = async (c: TestClient) => (await followUps(c)).map((d) => `${d.id}:${d.summary}`);

describe('数据安全: restore from the app while the hub keeps serving', () => {
  it('swaps the database under a new epoch on the same port; both desktops re-push what the backup lacks', async () => {
    const admin = await team.client('张伟', 'admin');
    const rep = await team.client('王五', 'rep');
    await insertStamped(admin.db.followups, sampleFollowUp('f1', admin.member.memberId, { summary: '备份前' }), clientWriter(admin));
    await eventually(async () => expect(await rep.db.followups.findOne('f1').exec()).not.toBeNull());

    const made = await dataSafetyClient.backupNow(team.hub.url, admin.token);
    if (!made.ok) throw new Error(made.message);
    expect(made.value.name).toMatch(/^salesdesk-\d{8}-\d{6}-manual\.sqlite$/);
    const listed = await dataSafetyClient.list(team.hub.url, admin.token);
    if (!listed.ok) throw new Error(listed.message);
    expect(listed.value.backups.map((b) => [b.name, b.kind])).toEqual([[made.value.name, 'manual']]);
    expect(listed.value.backups[0]?.counts).toMatchObject({ followups: 1 });
    expect(listed.value.backups[0]?.size).toBeGreaterThan(0);

    // After the backup: a colleague joins, another is revoked; sign-ins are not rolled back by a restore.
    const joinedLater = await team.member('rep', '赵六');
    const revokedLater = await team.member('rep', '钱七');
    team.hub.store.revokeMember(revokedLater.memberId, Date.now());

    // After the backup: the admin adds one, the rep adds their own and edits nothing else.
    await insertStamped(admin.db.followups, sampleFollowUp('f2', admin.member.memberId, { summary: '备份后·管理员' }), clientWriter(admin));
    await insertStamped(rep.db.followups, sampleFollowUp('f3', rep.member.memberId, { summary: '备份后·销售' }), clientWriter(rep));
    await patchStamped((await admin.db.followups.findOne('f1').exec())!, { summary: '备份后修改' }, clientWriter(admin));
    await eventually(() => expect(team.hub.store.get('followups', ['f1', 'f2', 'f3']).size).toBe(3));
    await eventually(() => expect(team.hub.store.get('followups', ['f1']).get('f1')?.['summary']).toBe('备份后修改'));
    const port = team.hub.port;
    const oldEpoch = team.hub.store.epoch;

    const restored = await dataSafetyClient.restore(team.hub.url, admin.token, made.value.name);
    if (!restored.ok) throw new Error(restored.message);
    expect(restored.value.restored).toBe(made.value.name);
    expect(restored.value.safetyBackup).toMatch(/-prerestore\.sqlite$/);
    expect(team.hub.port).toBe(port); // the same process and port: nobody restarted the hub
    expect(team.hub.store.epoch).toBe(restored.value.epoch);
    expect(restored.value.epoch).not.toBe(oldEpoch);
    expect(team.hub.store.findToken(hashToken(joinedLater.token))?.revokedAt).toBeNull();
    expect(team.hub.store.findToken(hashToken(revokedLater.token))?.revokedAt).toEqual(expect.any(Number));

    // Desktops meet the new epoch and re-push; the hub ends with everything any desktop still holds.
    await eventually(() => {
      const hub = team.hub.store.get('followups', ['f1', 'f2', 'f3']);
      expect([...hub.values()].map((d) => `${d.id}:${String(d['summary'])}`).sort()).toEqual(['f1:备份后修改', 'f2:备份后·管理员', 'f3:备份后·销售']);
    }, 20_000);
    const expected = ['f1:备份后修改', 'f2:备份后·管理员', 'f3:备份后·销售'];
    await eventually(async () => {
      expect(await summaries(admin)).toEqual(expected);
      expect(await summaries(rep)).toEqual(expected);
      expect(canonicalJson(await followUps(admin))).toBe(canonicalJson(await followUps(rep)));
    }, 20_000);

    // Both desktops still sync after the restore, and sign-ins made before it still work.
    await insertStamped(rep.db.followups, sampleFollowUp('f4', rep.member.memberId, { summary: '恢复后' }), clientWriter(rep));
    await eventually(async () => expect((await admin.db.followups.findOne('f4').exec())?.summary).toBe('恢复后'));
    const after = await dataSafetyClient.list(team.hub.url, admin.token);
    if (!after.ok) throw new Error(after.message);
    expect(after.value.backups.map((b) => b.kind).sort()).toEqual(['manual', 'prerestore']);
  }, 60_000);

  it('a teammate\'s record that only a rep\'s desktop still holds comes back; a record the hub never had does not', async () => {
    const admin = await team.client('张伟', 'admin');
    const rep = await team.client('王五', 'rep');
    await insertStamped(admin.db.followups, sampleFollowUp('f1', admin.member.memberId), clientWriter(admin));
    await eventually(async () => expect(await rep.db.followups.findOne('f1').exec()).not.toBeNull());
    const made = await dataSafetyClient.backupNow(team.hub.url, admin.token);
    if (!made.ok) throw new Error(made.message);
    await insertStamped(admin.db.followups, sampleFollowUp('f2', admin.member.memberId, { summary: '只在销售电脑上还有' }), clientWriter(admin));
    await eventually(async () => expect(await rep.db.followups.findOne('f2').exec()).not.toBeNull());
    await goOffline(admin); // the admin's desktop is gone: only the rep still holds f2

    const restored = await dataSafetyClient.restore(team.hub.url, admin.token, made.value.name);
    if (!restored.ok) throw new Error(restored.message);
    await eventually(() => expect(team.hub.store.get('followups', ['f2']).get('f2')?.['summary']).toBe('只在销售电脑上还有'), 20_000);
    expect(team.hub.store.history('followups', 'f2').at(-1)?.memberId).toBe(rep.member.memberId);

    // Only the hub's own pre-restore records are vouched for: a made-up teammate's record stays refused.
    await insertStamped(rep.db.followups, sampleFollowUp('forged', admin.member.memberId, { summary: '冒充' }), clientWriter(rep));
    await insertStamped(rep.db.followups, sampleFollowUp('f3', rep.member.memberId, { summary: '销售自己的' }), clientWriter(rep));
    await new Promise((r) => setTimeout(r, 1500));
    expect(team.hub.store.get('followups', ['forged']).size).toBe(0);
  }, 60_000);

  it('keeps the data as it was when the chosen backup is damaged, and refuses members who are not admins', async () => {
    const admin = await team.client('张伟', 'admin');
    const rep = await team.client('王五', 'rep');
    await insertStamped(admin.db.followups, sampleFollowUp('f1', admin.member.memberId), clientWriter(admin));
    await eventually(() => expect(team.hub.store.get('followups', ['f1']).size).toBe(1));

    const refused = await dataSafetyClient.backupNow(team.hub.url, rep.token);
    expect(refused).toEqual({ ok: false, message: '只有管理员可以备份、恢复和导出全部数据。请用管理员账号操作。' });
    const noExport = await dataSafetyClient.download(team.hub.url, rep.token, 'archive');
    expect(noExport.ok).toBe(false);

    const made = await dataSafetyClient.backupNow(team.hub.url, admin.token);
    if (!made.ok) throw new Error(made.message);
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    writeFileSync(join(team.dir, 'data', 'backups', made.value.name), 'not a database');
    const epoch = team.hub.store.epoch;
    const failed = await dataSafetyClient.restore(team.hub.url, admin.token, made.value.name);
    expect(failed.ok).toBe(false);
    expect(failed.ok ? '' : failed.message).toContain('不是有效的销售台团队数据备份');
    expect(team.hub.store.epoch).toBe(epoch);
    expect(team.hub.store.get('followups', ['f1']).size).toBe(1);
    const missing = await dataSafetyClient.restore(team.hub.url, admin.token, 'salesdesk-20200101-000000.sqlite');
    expect(missing.ok ? '' : missing.message).toContain('找不到备份');
  });
});
