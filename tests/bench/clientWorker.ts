// One benchmark client in its own worker thread (RxDB's free build allows 13 open collections per
// realm, so 20 clients need 20 realms): a real RxDB replica syncing follow-ups with the hub.
import { parentPort, workerData } from 'node:worker_threads';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { openDatabase } from '../../shared/db/openDatabase.ts';
import { insertStamped, patchStamped } from '../../shared/db/stampedWrites.ts';
import { canonicalJson } from '../../shared/sync/canonicalJson.ts';
import { createHlcClock } from '../../shared/sync/createHlcClock.ts';
import { connectToHub } from '../../shared/sync/hubConnection.ts';
import { startTeamSync } from '../../shared/sync/startTeamSync.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';

type Init = { hubUrl: string; token: string; memberId: string; name: string; afterSeq: number };
const init = workerData as Init;
const post = (m: unknown) => parentPort?.postMessage(m);
const nowMs = () => performance.timeOrigin + performance.now();

const db = await openDatabase({ name: `bench-${init.name}`, storage: getRxStorageMemory(), only: ['followups'] });
const writer = { memberId: init.memberId, clock: createHlcClock(init.name, Date.now), now: Date.now };
const conn = connectToHub({ hubUrl: init.hubUrl, token: init.token, deviceId: init.name, now: Date.now, retryMs: 200 });
const sync = startTeamSync(db, conn, { retryMs: 200, initialCheckpoints: { followups: { seq: init.afterSeq } } });
db.followups.insert$.subscribe((e) => post({ t: 'seen', id: e.documentId, at: nowMs() }));
await sync.awaitInSync();

const fields = ['summary', 'remark', 'nextAction', 'status'] as const;
const edits: { id: string; field: string; value: string; clock: string }[] = [];

const soak = async (rows: string[], perSecond: number, durationMs: number) => {
  const end = Date.now() + durationMs;
  let n = 0;
  while (Date.now() < end) {
    const id = rows[Math.floor(Math.random() * rows.length)] as string;
    const field = fields[Math.floor(Math.random() * fields.length)] as (typeof fields)[number];
    const value = field === 'status' ? (['callback', 'quoted', 'negotiating'][n % 3] as string) : `${init.name}-${n}`;
    const doc = await db.followups.findOne(id).exec();
    if (doc) {
      const saved = await patchStamped(doc, { [field]: value }, writer);
      edits.push({ id, field, value, clock: saved.clock[field] ?? '' });
    }
    n++;
    await new Promise((r) => setTimeout(r, 1000 / perSecond));
  }
};

parentPort?.on('message', (m: { t: string; id?: string; rows?: string[]; perSecond?: number; durationMs?: number }) => {
  const reply = async () => {
    if (m.t === 'insert') {
      const at = nowMs();
      await insertStamped(db.followups, sampleFollowUp(m.id as string, init.memberId, { summary: '延迟探测' }), writer);
      return post({ t: 'inserted', id: m.id, at });
    }
    if (m.t === 'soak') return (await soak(m.rows ?? [], m.perSecond ?? 5, m.durationMs ?? 60_000), post({ t: 'soaked', edits }));
    if (m.t === 'dump') {
      await sync.awaitInSync();
      const docs = await db.followups.find({ selector: { id: { $in: m.rows ?? [] } }, sort: [{ id: 'asc' }] }).exec();
      return post({ t: 'dump', json: canonicalJson(docs.map((d) => d.toJSON())) });
    }
    if (m.t === 'stop') return (await sync.stop(), conn.close(), await db.remove(), post({ t: 'stopped' }));
  };
  void reply();
});
post({ t: 'ready' });
