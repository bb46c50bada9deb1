import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FollowUpDoc } from '../../shared/db/schemas/followUpSchema.ts';
import { stampNew } from '../../shared/sync/stampWrite.ts';
import { createTeamHarness, eventually } from '../integration/support/teamHarness.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';
import { openFaultClient, type FaultClient } from './support/faultClient.ts';
import { openRawSocket } from './support/rawSocket.ts';
import { startTcpProxy, type TcpProxy } from './support/tcpProxy.ts';

/**
 * A desktop dies in the middle of a push: its connection is destroyed part-way through a 500-row
 * message, or right after sending it; the app is then started again on its persisted replica.
 * Evidence: the hub holds all of that push or none of it, never part; after the restart every local
 * row is on the hub exactly once.
 */
let team: Awaited<ReturnType<typeof createTeamHarness>>;
let proxy: TcpProxy;
let memberId: string;
let token: string;
const clients: FaultClient[] = [];
beforeEach(async () => {
  team = await createTeamHarness();
  proxy = await startTcpProxy(team.hub.port, team.hub.url.split(':')[0]);
  ({ memberId, token } = await team.member('admin', '张伟'));
});
afterEach(async () => {
  for (const c of clients.splice(0)) await c.quit().catch(() => undefined);
  await proxy.close();
  await team.close();
});

const batch = (prefix: string) =>
  Array.from({ length: 500 }, (_, i) => ({
    assumedMasterState: null,
    newDocumentState: { ...stampNew(sampleFollowUp(`${prefix}-${i}`, memberId, { summary: `第${i}行`.repeat(20) }), { now: 1, memberId, clock: '000000000000001:0000:k' }), _deleted: false },
  }));
const onHub = (prefix: string) => team.hub.store.pull('followups', 0, 5000).filter((r) => r.id.startsWith(`${prefix}-`)).length;

describe('a desktop killed in the middle of a push', () => {
  it('connection destroyed half-way through the push message: none of it is stored', async () => {
    const raw = await openRawSocket(proxy.url, token);
    const start = proxy.upstreamBytes();
    const message = JSON.stringify({ t: 'push', rid: 1, collection: 'followups', rows: batch('half') });
    proxy.watchUpstream((total) => total - start > message.length / 2 && proxy.cut());
    raw.send(message);
    await raw.closed;
    await new Promise((r) => setTimeout(r, 300));
    expect(proxy.upstreamBytes() - start).toBeLessThan(message.length);
    expect(onHub('half')).toBe(0);
    expect(team.hub.sync.sessionCount()).toBe(0); // the hub let go of the dead socket
  });

  it('connection destroyed right after the whole message was sent: all 500 rows or none, never part', async () => {
    for (const round of [0, 1, 2]) {
      const raw = await openRawSocket(team.hub.url, token);
      raw.send({ t: 'push', rid: 1, collection: 'followups', rows: batch(`whole${round}`) });
      raw.ws.terminate();
      await eventually(() => expect(team.hub.sync.sessionCount()).toBe(0));
      expect([0, 500]).toContain(onHub(`whole${round}`));
    }
  });

  it('the app killed mid-push and started again: its local rows re-push, each stored once', async () => {
    const dbName = `killed-desktop-${Date.now()}`;
    const member = { token, memberId, role: 'admin' as const, hubId: team.hub.store.hubId, epoch: team.hub.store.epoch };
    const first = await openFaultClient({ hubUrl: proxy.url, member, name: 'zhangwei', dbName, persistent: true });
    await first.sync.awaitInSync();
    const docs = Array.from({ length: 1500 }, (_, i) =>
      stampNew(sampleFollowUp(`kill-${i}`, memberId, { summary: `被杀前写下的第${i}行` }), { now: first.writer.now(), memberId, clock: first.writer.clock.next() }) as FollowUpDoc);
    const start = proxy.upstreamBytes();
    // Kill when ~400 KB of the pushes has gone up: in the middle of a message.
    let killedAfter = -1;
    proxy.watchUpstream((total) => {
      if (killedAfter < 0 && total - start > 400_000) {
        killedAfter = first.acked.length;
        proxy.cut();
      }
    });
    await first.db.followups.bulkInsert(docs);
    await eventually(() => expect(killedAfter).toBeGreaterThanOrEqual(0));
    const ackedBeforeKill = [...first.acked];
    await first.quit(); // the process is gone; its IndexedDB stays on disk
    expect(onHub('kill')).toBeLessThan(1500);
    for (const a of ackedBeforeKill) expect(team.hub.store.get('followups', [a.doc.id]).size, a.doc.id).toBe(1);

    proxy.restore();
    const again = await openFaultClient({ hubUrl: proxy.url, member, name: 'zhangwei', dbName, persistent: true });
    clients.push(again);
    expect(await again.db.followups.count().exec()).toBe(1500);
    await again.sync.awaitInSync();
    await eventually(() => expect(onHub('kill')).toBe(1500), 20_000);
    for (let i = 0; i < 1500; i += 17) expect(team.hub.store.history('followups', `kill-${i}`)).toHaveLength(1);
  });
});
