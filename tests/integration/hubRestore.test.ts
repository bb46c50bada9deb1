import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertStamped, patchStamped } from '../../shared/db/stampedWrites.ts';
import { canonicalJson } from '../../shared/sync/canonicalJson.ts';
import { makeHubBackup } from '../../electron/hub/hubBackupSchedule.ts';
import { clientWriter, createTeamHarness, eventually } from './support/teamHarness.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';
import { join } from 'node:path';

let team: Awaited<ReturnType<typeof createTeamHarness>>;
beforeEach(async () => {
  team = await createTeamHarness();
});
afterEach(() => team.close());


describe('restoring the hub from an older backup', () => {
  it('gets a new epoch, and clients re-push everything written after the backup', async () => {
    const a = await team.client('张伟');
    const b = await team.client('王五');
    await insertStamped(a.db.followups, sampleFollowUp('f1', a.member.memberId, { summary: '备份前' }), clientWriter(a));
    await eventually(async () => expect(await b.db.followups.findOne('f1').exec()).not.toBeNull());
    const backup = makeHubBackup(team.hub.store, join(team.dir, 'backups'), Date.now());
    const oldEpoch = team.hub.store.epoch;

    await insertStamped(a.db.followups, sampleFollowUp('f2', a.member.memberId, { summary: '备份后新增' }), clientWriter(a));
    await patchStamped((await b.db.followups.findOne('f1').exec())!, { summary: '备份后修改' }, clientWriter(b));
    await eventually(() => expect(team.hub.store.get('followups', ['f2']).size).toBe(1));
    await eventually(() => expect(team.hub.store.get('followups', ['f1']).get('f1')?.['summary']).toBe('备份后修改'));

    await team.restart(backup.file);
    expect(team.hub.store.epoch).not.toBe(oldEpoch);
    expect(team.hub.store.get('followups', ['f2']).size).toBe(0);

    await eventually(() => {
      expect(team.hub.store.get('followups', ['f2']).get('f2')?.['summary']).toBe('备份后新增');
      expect(team.hub.store.get('followups', ['f1']).get('f1')?.['summary']).toBe('备份后修改');
    }, 20_000);
    await eventually(async () => {
      const [onA, onB] = await Promise.all([a, b].map(async (c) => (await c.db.followups.find({ sort: [{ id: 'asc' }] }).exec()).map((d) => d.toJSON())));
      expect(canonicalJson(onA)).toBe(canonicalJson(onB));
      expect(onA?.map((d) => d.summary)).toEqual(['备份后修改', '备份后新增']);
    }, 20_000);
  });
});
