import type { TFunction } from 'i18next';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeImport } from '../../renderer/src/modules/importExport/utils/writeImport.ts';
import { insertStamped, patchManyStamped } from '../../shared/db/stampedWrites.ts';
import type { FollowUpDoc } from '../../shared/db/schemas/followUpSchema.ts';
import { canonicalJson } from '../../shared/sync/canonicalJson.ts';
import { eventually } from '../integration/support/teamHarness.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';
import { inviteCode, joinWithCode, openFaultClient, type FaultClient } from './support/faultClient.ts';
import { expectAckedStored, expectStoreWhole, key, readHubFile } from './support/hubEvidence.ts';
import { startHubProcess, type HubProcess } from './support/hubProcess.ts';
import { followUpCsv, planCsvImport } from './support/planCsvImport.ts';

/**
 * The headless hub (a real `npm run hub` process) is killed with SIGKILL while desktops sync, and
 * while a desktop commits an import; it is started again on the same data. Evidence: every revision
 * the hub acknowledged is in its file after the restart, the file is whole, and both desktops end
 * with exactly the hub's documents.
 */
let dir: string;
let hub: HubProcess;
const clients: FaultClient[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fault-hubkill-'));
});
const runningWriters: { stop: () => Promise<number> }[] = [];
afterEach(async () => {
  // Writers first: a failed test must not leave a loop writing into a closed database.
  for (const w of runningWriters.splice(0)) await w.stop().catch(() => 0);
  for (const c of clients.splice(0)) await c.quit().catch(() => undefined);
  await hub?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

const dataDir = () => join(dir, 'data');
const hubFile = () => join(dataDir(), 'hub.sqlite');

/** An admin and a second member on the hub, each on a desktop with its own replica. */
const twoDesktops = async (collections: ('followups' | 'members' | 'customers')[]): Promise<[FaultClient, FaultClient]> => {
  const admin = await joinWithCode(hub.url, hub.adminCode ?? '', '张伟');
  const other = await joinWithCode(hub.url, await inviteCode(hub.url, admin.token, 'manager'), '王芳');
  const a = await openFaultClient({ hubUrl: hub.url, member: admin, name: 'zhangwei', collections });
  const b = await openFaultClient({ hubUrl: hub.url, member: other, name: 'wangfang', collections });
  clients.push(a, b);
  return [a, b];
};

/** Keeps writing like a busy office: new rows and edits of earlier ones, until stopped. */
const keepWriting = (c: FaultClient, prefix: string) => {
  let running = true;
  let n = 0;
  const done = (async () => {
    for (; running; n++) {
      await insertStamped(c.db.followups, sampleFollowUp(`${prefix}-${n}`, c.member.memberId, { summary: `${prefix} 第${n}次跟进` }), c.writer);
      if (n % 4 === 3) await patchManyStamped(c.db.followups, [{ id: `${prefix}-${n - 2}`, patch: { remark: `改于第${n}步` } }, { id: 'shared', patch: { summary: `${c.name} 第${n}步` } }] as never, c.writer);
      await new Promise((r) => setTimeout(r, 3));
    }
  })();
  const writer = { stop: async () => ((running = false), await done, n) };
  runningWriters.push(writer);
  return writer;
};

const plain = async (c: FaultClient, collection: 'followups' | 'customers' = 'followups') =>
  new Map((await c.db[collection].find().exec()).map((d) => [d.id, canonicalJson({ ...d.toJSON(), _deleted: false })]));

/** Both desktops hold exactly the hub's live documents of `collection`, byte for byte. */
const expectConverged = async (a: FaultClient, b: FaultClient, collection: 'followups' | 'customers') => {
  await eventually(async () => {
    const facts = readHubFile(hubFile());
    const onHub = new Map([...facts.masters].filter(([k]) => k.startsWith(`${collection}/`)).map(([k, v]) => [k.slice(collection.length + 1), v]));
    const [onA, onB] = [await plain(a, collection), await plain(b, collection)];
    const missing = (on: Map<string, string>) => [...onHub.keys()].filter((id) => !on.has(id)).map((id) => `${id}@${facts.revisions.get(`${collection}/${id}`)?.length}`);
    // FAULT_TRACE=1 prints what the desktop saw (pulls, changes, reconnects) when a row is missing.
    if (missing(onA).length && process.env['FAULT_TRACE']) console.log(missing(onA), a.trace.join('\n'));
    expect(missing(onA), 'missing on A').toEqual([]);
    expect(missing(onB), 'missing on B').toEqual([]);
    expect(onA.size).toBe(onHub.size);
    expect(onB.size).toBe(onHub.size);
    for (const [id, json] of onHub) {
      expect(onA.get(id), `${collection}/${id} on A`).toBe(json);
      expect(onB.get(id), `${collection}/${id} on B`).toBe(json);
    }
  }, 30_000);
};

const ackedAfter = (c: FaultClient, count: number) => eventually(() => expect(c.acked.length).toBeGreaterThanOrEqual(count), 20_000);

describe('hub process killed (SIGKILL) and restarted', () => {
  it('during live sync: every acknowledged write survives, the desktops reconnect and converge', async () => {
    hub = await startHubProcess(dataDir());
    const [a, b] = await twoDesktops(['followups', 'members']);
    await insertStamped(a.db.followups, sampleFollowUp('shared', a.member.memberId), a.writer);
    await eventually(async () => expect(await b.db.followups.findOne('shared').exec()).not.toBeNull());
    const writers = [keepWriting(a, 'a'), keepWriting(b, 'b')];
    await Promise.all([ackedAfter(a, 60), ackedAfter(b, 60)]);

    await hub.kill('SIGKILL');
    const ackedAtKill = a.acked.length + b.acked.length;
    // The file as the killed process left it: every acknowledgement already there, and the file whole.
    expectAckedStored(readHubFile(hubFile()), [...a.acked, ...b.acked]);
    expectStoreWhole(hubFile());
    await new Promise((r) => setTimeout(r, 400)); // the desktops keep writing offline meanwhile
    hub = await startHubProcess(dataDir(), hub.port);
    await Promise.all([ackedAfter(a, a.acked.length + 20), ackedAfter(b, b.acked.length + 20)]);
    const written = await Promise.all(writers.map((w) => w.stop()));

    await Promise.all([a.sync.awaitInSync(), b.sync.awaitInSync()]);
    await expectConverged(a, b, 'followups');
    const facts = readHubFile(hubFile());
    expect(expectAckedStored(facts, [...a.acked, ...b.acked])).toBeGreaterThan(ackedAtKill);
    // Every row either desktop wrote is on the hub, once (its first revision is its creation).
    for (const [prefix, n] of [['a', written[0] ?? 0], ['b', written[1] ?? 0]] as const) {
      for (let i = 0; i < n; i++) expect(facts.masters.has(key('followups', `${prefix}-${i}`)), `${prefix}-${i}`).toBe(true);
    }
    expectStoreWhole(hubFile());
  });

  it('during an import commit on a desktop: the whole import reaches the hub and the other desktop, once', async () => {
    hub = await startHubProcess(dataDir());
    const [a, b] = await twoDesktops(['followups', 'customers', 'members']);
    const writes = await planCsvImport(followUpCsv(6000, '张伟'), { id: a.member.memberId, name: '张伟' }, Date.now(), 'batch-kill');
    expect(writes.followups).toHaveLength(6000);
    expect(writes.customers).toHaveLength(1500);
    const t = ((k: string) => k) as unknown as TFunction;
    let progress = 0;
    const committing = writeImport(a.db, writes, a.writer, (p) => (progress = p.done), new AbortController().signal, t);
    // Kill as soon as the hub has acknowledged part of the import, while the commit is still writing or pushing.
    await ackedAfter(a, 1);
    await hub.kill('SIGKILL');
    const killedAt = { progress, acked: a.acked.length };
    await committing;
    expectAckedStored(readHubFile(hubFile()), a.acked);
    hub = await startHubProcess(dataDir(), hub.port);

    await a.sync.awaitInSync();
    await expectConverged(a, b, 'customers');
    await expectConverged(a, b, 'followups');
    const facts = readHubFile(hubFile());
    expectAckedStored(facts, a.acked);
    const imported = [...facts.masters.keys()].filter((k) => k.startsWith('followups/batch-kill-'));
    expect(imported).toHaveLength(6000);
    // Exactly once: each imported follow-up has one revision on the hub (re-pushes were no-ops).
    expect(imported.filter((k) => facts.revisions.get(k)?.length !== 1)).toEqual([]);
    const rows = await b.db.followups.find({ selector: { importBatchId: 'batch-kill' } }).exec();
    expect(rows).toHaveLength(6000);
    expect(new Set(rows.map((r) => (r.toJSON() as FollowUpDoc).summary)).size).toBe(6000);
    expect(killedAt.acked, 'the kill came before the import was all acknowledged').toBeLessThan(7500);
    expectStoreWhole(hubFile());
  }, 120_000);
});
