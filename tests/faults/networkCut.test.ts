import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FollowUpDoc } from '../../shared/db/schemas/followUpSchema.ts';
import { stampNew } from '../../shared/sync/stampWrite.ts';
import { createTeamHarness, eventually } from '../integration/support/teamHarness.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';
import { openFaultClient, type FaultClient } from './support/faultClient.ts';
import { startTcpProxy, type TcpProxy } from './support/tcpProxy.ts';

/**
 * A 10,000-row paste while the office network goes away and comes back, with a TCP proxy standing
 * for the LAN between each desktop and the hub. Evidence: every pasted row is on the hub with exactly
 * one revision (a batch whose reply was lost is not written twice) and on the other desktop once.
 */
const ROWS = 10_000;
let team: Awaited<ReturnType<typeof createTeamHarness>>;
let proxy: TcpProxy;
const clients: FaultClient[] = [];
beforeEach(async () => {
  team = await createTeamHarness();
  proxy = await startTcpProxy(team.hub.port, team.hub.url.split(':')[0]);
});
afterEach(async () => {
  for (const c of clients.splice(0)) await c.quit().catch(() => undefined);
  await proxy.close();
  await team.close();
});

/** A paste of `ROWS` new rows, written as the grid writes a paste: one storage transaction. */
const paste = async (c: FaultClient) => {
  const docs = Array.from({ length: ROWS }, (_, i) => {
    const stamp = { now: c.writer.now(), memberId: c.member.memberId, clock: c.writer.clock.next() };
    return stampNew(sampleFollowUp(`paste-${String(i).padStart(5, '0')}`, c.member.memberId, { summary: `粘贴第${i}行：客户要求下周报价` }), stamp) as FollowUpDoc;
  });
  const { error } = await c.db.followups.bulkInsert(docs);
  expect(error).toEqual([]);
};

/** Two desktops reaching the hub through the proxy: plain on loopback, or over the LAN's TLS (wss, pinned). */
const twoDesktopsBehindProxy = async (tls = false) => {
  const via = tls ? { hubUrl: `https://127.0.0.1:${proxy.port}`, pin: team.hub.certificate.pin } : { hubUrl: proxy.url };
  const a = await openFaultClient({ ...via, member: await team.member('admin', '张伟'), name: 'zhangwei' });
  const b = await openFaultClient({ ...via, member: await team.member('manager', '王芳'), name: 'wangfang' });
  clients.push(a, b);
  await Promise.all([a.sync.awaitInSync(), b.sync.awaitInSync()]);
  return [a, b] as const;
};

const expectEveryRowOnce = async (b: FaultClient) => {
  await eventually(async () => expect(await b.db.followups.count().exec()).toBe(ROWS), 60_000);
  const hubIds = team.hub.store.pull('followups', 0, ROWS + 100).map((r) => r.id).filter((id) => id.startsWith('paste-'));
  expect(hubIds).toHaveLength(ROWS);
  expect(new Set(hubIds).size).toBe(ROWS);
  // One revision each: nothing was written twice when a batch was re-sent.
  const twice = hubIds.filter((_, i) => i % 97 === 0).filter((id) => team.hub.store.history('followups', id).length !== 1);
  expect(twice).toEqual([]);
  expect(team.hub.store.maxSeq()).toBeLessThan(ROWS + 10); // members + rows: no extra revisions anywhere
};

describe('network cut and restored during a 10,000-row paste', () => {
  it('the cable is pulled twice mid-push (connections reset): every row arrives exactly once', async () => {
    const [a, b] = await twoDesktopsBehindProxy();
    await paste(a);
    // Pull the cable once a few batches are through, and again later, each time for a moment.
    for (const after of [1000, 3000]) {
      await eventually(() => expect(a.acked.length).toBeGreaterThanOrEqual(after), 30_000);
      proxy.cut();
      expect(a.acked.length).toBeLessThan(ROWS);
      await new Promise((r) => setTimeout(r, 500));
      proxy.restore();
    }
    await a.sync.awaitInSync();
    await expectEveryRowOnce(b);
    expect(new Set(a.acked.map((x) => x.doc.id)).size).toBe(ROWS);
  });

  it('over the LAN’s TLS (wss pinned to the hub’s certificate), the cable pulled mid-push: every row arrives exactly once', async () => {
    const [a, b] = await twoDesktopsBehindProxy(true);
    await paste(a);
    expect(new Set(proxy.firstBytes()), 'every connection through the LAN opened with a TLS handshake').toEqual(new Set([0x16]));
    await eventually(() => expect(a.acked.length).toBeGreaterThanOrEqual(2000), 30_000);
    proxy.cut();
    expect(a.acked.length).toBeLessThan(ROWS);
    await new Promise((r) => setTimeout(r, 500));
    proxy.restore();
    await a.sync.awaitInSync();
    await expectEveryRowOnce(b);
    expect(new Set(proxy.firstBytes())).toEqual(new Set([0x16])); // the reconnections too
  });

  it('the network stalls mid-message (bytes held, nothing closed) and resumes: every row arrives exactly once', async () => {
    const [a, b] = await twoDesktopsBehindProxy();
    // RxDB sends a paste's 20 push messages of 500 rows at once (~7 MB): stall 3 MB into them, in
    // the middle of a message, for 1.5 s.
    const start = proxy.upstreamBytes();
    let stalledAt = 0;
    proxy.watchUpstream((total) => {
      if (total - start > 3_000_000) {
        proxy.watchUpstream(() => undefined);
        proxy.stall();
        stalledAt = total - start;
        setTimeout(() => proxy.restore(), 1500);
      }
    });
    await paste(a);
    await a.sync.awaitInSync();
    expect(stalledAt, 'stalled while the paste was being pushed').toBeGreaterThan(0);
    expect(proxy.upstreamBytes() - start, 'bytes still flowed after the stall').toBeGreaterThan(stalledAt);
    await expectEveryRowOnce(b);
  });

  it('the reply to a push is lost (cut after the hub committed it): that batch is written once, not twice', async () => {
    const [a, b] = await twoDesktopsBehindProxy();
    // Once part of the paste is through, replies stop reaching the desktop; when the hub has committed a
    // batch the desktop never heard about, the cable is pulled.
    const seqBefore = team.hub.store.maxSeq();
    const pasting = paste(a);
    await eventually(() => expect(a.acked.length).toBeGreaterThanOrEqual(1000), 30_000);
    proxy.dropReplies();
    await eventually(() => expect(team.hub.store.maxSeq() - seqBefore).toBeGreaterThan(a.acked.length), 30_000);
    // The rows the hub committed but whose reply never reached the desktop.
    const ackedAtCut = new Set(a.acked.map((x) => x.doc.id));
    const unanswered = team.hub.store.pull('followups', seqBefore, ROWS).map((r) => r.id).filter((id) => !ackedAtCut.has(id));
    proxy.cut();
    setTimeout(() => proxy.restore(), 300);
    await pasting;
    await a.sync.awaitInSync();
    expect(unanswered.length, 'the cut came between a commit and its reply').toBeGreaterThan(0);
    // The desktop re-sent them or learned them from the hub on reconnect: either way each was written once.
    for (const id of unanswered) expect(team.hub.store.history('followups', id)).toHaveLength(1);
    for (const c of a.conflicts) expect(team.hub.store.get('followups', [c.doc.id]).get(c.doc.id)).toEqual(c.doc);
    await expectEveryRowOnce(b);
  });
});
