import { afterEach, beforeEach, expect, it } from 'vitest';
import { insertStamped } from '../../shared/db/stampedWrites.ts';
import { clientWriter, createTeamHarness, eventually } from './support/teamHarness.ts';

let team: Awaited<ReturnType<typeof createTeamHarness>>;
beforeEach(async () => {
  team = await createTeamHarness();
});
afterEach(() => team.close());

it('a desktop already connected learns of a colleague who joins later, and keeps them after other member edits', async () => {
  const manager = await team.client('陈主管', 'manager');
  await manager.sync.awaitInSync();
  // 李娜 joins with a code while the manager's desktop is online: the hub writes her member document itself.
  const lina = await team.member('rep', '李娜');
  await eventually(async () => expect((await manager.db.members.findOne(lina.memberId).exec())?.toJSON()).toMatchObject({ name: '李娜', role: 'rep' }), 5_000);
  // A later member change moves the manager's checkpoint on; 李娜 must not have been skipped on the way.
  const admin = await team.client('张伟', 'admin');
  await insertStamped(admin.db.members, { id: 'm-zq', name: '赵强', role: 'rep', managerId: '', department: '', phone: '', email: '', active: true, joinedAt: 0, monthlyTarget: 0 }, clientWriter(admin));
  await eventually(async () => expect((await manager.db.members.find().exec()).map((m) => m.name).sort()).toEqual(['张伟', '李娜', '赵强', '陈主管'].sort()));
});
