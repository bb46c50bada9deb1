import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertStamped, patchStamped } from '../../shared/db/stampedWrites.ts';
import type { FollowUpDoc } from '../../shared/db/schemas/followUpSchema.ts';
import { canonicalJson } from '../../shared/sync/canonicalJson.ts';
import { createTeamHarness, eventually } from '../integration/support/teamHarness.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';
import { openFaultClient, type FaultClient } from './support/faultClient.ts';

/**
 * Desktops whose clocks are 10 minutes fast and 10 minutes slow (the clock is each desktop's
 * parameter). Evidence: every replica and the hub end byte-identical, and every edit is either the
 * value everyone sees or kept in that record's conflicts with who wrote it — none silently dropped.
 */
const MIN = 60_000;
let team: Awaited<ReturnType<typeof createTeamHarness>>;
const clients: FaultClient[] = [];
beforeEach(async () => {
  team = await createTeamHarness();
});
afterEach(async () => {
  for (const c of clients.splice(0)) await c.quit().catch(() => undefined);
  await team.close();
});

const desk = async (name: string, role: 'admin' | 'manager', skewMs: number) => {
  const c = await openFaultClient({ hubUrl: team.hub.url, member: await team.member(role, name), name, skewMs });
  clients.push(c);
  return c;
};

const doc = async (c: FaultClient, id: string) => (await c.db.followups.findOne(id).exec())?.toJSON() as FollowUpDoc | undefined;
const edit = async (c: FaultClient, id: string, patch: Partial<FollowUpDoc>) => {
  const d = await c.db.followups.findOne(id).exec();
  if (!d) throw new Error(`${id} missing on ${c.name}`);
  await patchStamped(d, patch, c.writer);
};

/** All replicas hold the hub's master of `id`, byte for byte. */
const expectConverged = async (id: string) =>
  eventually(async () => {
    const master = team.hub.store.get('followups', [id]).get(id);
    for (const c of clients) expect(canonicalJson({ ...(await doc(c, id)), _deleted: false }), c.name).toBe(canonicalJson(master));
  }, 15_000);

/** Each value written to `field` is the field's value or one of its kept conflicts. */
const expectNoneDropped = async (id: string, field: keyof FollowUpDoc, written: unknown[]) => {
  const master = team.hub.store.get('followups', [id]).get(id) as unknown as FollowUpDoc;
  const kept = [master[field], ...master.conflicts.filter((c) => c.field === field).map((c) => c.value)];
  for (const value of written) expect(kept, `${String(field)} = ${String(value)}`).toContainEqual(value);
};

describe('clocks skewed ±10 minutes between desktops', () => {
  it('concurrent offline edits of one field: the same winner everywhere, both losers kept as conflicts', async () => {
    const fast = await desk('fast', 'admin', 10 * MIN);
    const slow = await desk('slow', 'manager', -10 * MIN);
    const exact = await desk('exact', 'manager', 0);
    await insertStamped(exact.db.followups, sampleFollowUp('f1', exact.member.memberId), exact.writer);
    await eventually(async () => expect(await Promise.all(clients.map((c) => doc(c, 'f1')))).not.toContain(undefined));
    await Promise.all(clients.map((c) => c.offline()));
    // In real time: fast first, then exact, then slow; by their clocks fast's edit is newest.
    await edit(fast, 'f1', { summary: '快的电脑：客户要求报价', status: 'quoted' });
    await edit(exact, 'f1', { summary: '准的电脑：客户改约周四', remark: '老板出差' });
    await edit(slow, 'f1', { summary: '慢的电脑：客户已签约', amount: 88_000 });
    for (const c of [slow, exact, fast]) {
      c.online();
      await c.sync.awaitInSync();
    }
    await expectConverged('f1');
    const merged = team.hub.store.get('followups', ['f1']).get('f1') as unknown as FollowUpDoc;
    expect(merged).toMatchObject({ summary: '快的电脑：客户要求报价', status: 'quoted', remark: '老板出差', amount: 88_000 });
    await expectNoneDropped('f1', 'summary', ['快的电脑：客户要求报价', '准的电脑：客户改约周四', '慢的电脑：客户已签约']);
  });

  it('a later edit from the slow desktop is not undone by a merge with the fast desktop’s older stamp', async () => {
    const fast = await desk('fast', 'admin', 10 * MIN);
    const slow = await desk('slow', 'manager', -10 * MIN);
    await insertStamped(fast.db.followups, sampleFollowUp('f2', fast.member.memberId), fast.writer);
    await edit(fast, 'f2', { summary: '快的电脑先写' });
    await eventually(async () => expect((await doc(slow, 'f2'))?.summary).toBe('快的电脑先写'));
    // The fast desktop goes offline and edits another field; meanwhile the slow one, having seen the
    // fast one's summary, changes it (its stamp is ~20 minutes "older" than the one it replaces).
    await fast.offline();
    await edit(fast, 'f2', { remark: '快的电脑离线时补充' });
    await edit(slow, 'f2', { summary: '慢的电脑后改' });
    await slow.sync.awaitInSync();
    fast.online();
    await fast.sync.awaitInSync();
    await expectConverged('f2');
    expect(team.hub.store.get('followups', ['f2']).get('f2')).toMatchObject({ summary: '慢的电脑后改', remark: '快的电脑离线时补充' });
  });

  it('live edits in turn from all three converge with each one’s last word', async () => {
    const fast = await desk('fast', 'admin', 10 * MIN);
    const slow = await desk('slow', 'manager', -10 * MIN);
    const exact = await desk('exact', 'manager', 0);
    await insertStamped(slow.db.followups, sampleFollowUp('f3', slow.member.memberId), slow.writer);
    const turns: [FaultClient, Partial<FollowUpDoc>][] = [
      [fast, { summary: '第一轮' }], [slow, { summary: '第二轮', status: 'quoted' }], [exact, { remark: '第三轮' }],
      [slow, { remark: '第四轮' }], [fast, { amount: 5 }], [slow, { amount: 6, summary: '第六轮' }],
    ];
    for (const [c, patch] of turns) {
      await eventually(async () => expect(await doc(c, 'f3')).toBeDefined());
      await edit(c, 'f3', patch);
      await c.sync.awaitInSync();
      await expectConverged('f3');
    }
    expect(team.hub.store.get('followups', ['f3']).get('f3')).toMatchObject({ summary: '第六轮', status: 'quoted', remark: '第四轮', amount: 6, conflicts: [] });
  });
});
