import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { hashToken, newToken } from '../../electron/hub/hashToken.ts';
import { openSqliteHubStore } from '../../electron/hub/store/openSqliteHubStore.ts';
import { stampNew } from '../../shared/sync/stampWrite.ts';
import { canonicalJson } from '../../shared/sync/canonicalJson.ts';
import { median, percentile, type BenchRow } from './benchRow.ts';
import { seedHub } from './seedHub.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';

const CLIENTS = 20;
const SHARED_ROWS = 200;
const SOAK_MS = Number(process.env['BENCH_SOAK_MS'] ?? 60_000);
const PROBES = 40;
type Msg = { t: string; id?: string; at?: number; json?: string; edits?: { id: string; field: string; value: string; clock: string }[] };

const sharedRow = (i: number, now: number) => {
  const id = `shared-${String(i).padStart(3, '0')}`;
  return { ...stampNew(sampleFollowUp(id, 'bench-0', { summary: '共享行' }), { now, memberId: 'bench-0', clock: `${String(now).padStart(15, '0')}:0000:seed` }), _deleted: false };
};

/** A hub data folder with the 100k team, 200 shared rows and 20 admin tokens. */
const prepareHub = (dir: string, followUps: number) => {
  const store = openSqliteHubStore({ file: join(dir, 'hub.sqlite'), newId: () => crypto.randomUUID() });
  const now = Date.now();
  if (followUps) seedHub(store, followUps, now);
  const afterSeq = store.maxSeq();
  store.push('followups', Array.from({ length: SHARED_ROWS }, (_, i) => ({ assumedMasterState: null, newDocumentState: sharedRow(i, now) })), { memberId: 'bench-0', deviceId: 'seed', at: now });
  const tokens = Array.from({ length: CLIENTS }, (_, i) => {
    const token = newToken();
    store.putToken({ tokenHash: hashToken(token), memberId: `bench-${i}`, role: 'admin', deviceName: `bench-${i}`, createdAt: now, revokedAt: null });
    return token;
  });
  store.close();
  return { afterSeq, tokens };
};

const startHubProcess = (root: string, dir: string, port: number): Promise<ChildProcess> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'electron/hub/cli.ts'), '--host', '127.0.0.1', '--port', String(port), '--data', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout?.on('data', (d: Buffer) => String(d).includes('已启动') && resolve(child));
    child.on('exit', (code) => reject(new Error(`hub exited ${code}`)));
  });

const stripRxdb = (docs: Record<string, unknown>[]) => docs.map(({ _deleted, _meta, _rev, _attachments, ...rest }) => rest);

/** The hub's copy of the shared rows, read from its SQLite file after it stopped. */
const hubRows = (dir: string, ids: string[]): string => {
  const store = openSqliteHubStore({ file: join(dir, 'hub.sqlite'), newId: () => crypto.randomUUID() });
  const docs = ids.map((id) => store.get('followups', [id]).get(id)).filter((d): d is NonNullable<typeof d> => !!d);
  store.close();
  return canonicalJson(stripRxdb(docs));
};

/** Round trip of one pull over a raw WebSocket: the floor for any edit → visible time. */
const pullRoundTrip = async (port: number, token: string): Promise<number> => {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/api/sync`);
  const next = () => new Promise<void>((resolve) => ws.addEventListener('message', () => resolve(), { once: true }));
  await new Promise((resolve) => ws.addEventListener('open', resolve, { once: true }));
  ws.send(JSON.stringify({ t: 'hello', protocol: 1, token, deviceId: 'rtt' }));
  await next();
  const samples: number[] = [];
  for (let i = 0; i < 40; i++) {
    const start = performance.now();
    ws.send(JSON.stringify({ t: 'pull', rid: i, collection: 'followups', afterSeq: 1e12, limit: 1 }));
    await next();
    samples.push(performance.now() - start);
  }
  ws.close();
  return median(samples);
};

const rssMb = (pid: number, key: 'VmRSS' | 'VmHWM'): number => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

const waitFor = (w: Worker, t: string, pred: (m: Msg) => boolean = () => true): Promise<Msg> =>
  new Promise((resolve) => {
    const on = (m: Msg) => m.t === t && pred(m) && (w.off('message', on), resolve(m));
    w.on('message', on);
  });

const measureLatency = async (workers: Worker[]): Promise<number[]> => {
  const samples: number[] = [];
  for (let k = 0; k < PROBES; k++) {
    const id = `probe-${k}`;
    const writer = workers[k % workers.length] as Worker;
    const seen = workers.filter((w) => w !== writer).map((w) => waitFor(w, 'seen', (m) => m.id === id));
    writer.postMessage({ t: 'insert', id });
    const inserted = await waitFor(writer, 'inserted', (m) => m.id === id);
    for (const s of await Promise.all(seen)) samples.push((s.at ?? 0) - (inserted.at ?? 0));
  }
  return samples;
};

/** Every (row, field) must hold its latest edit; returns how many do not. */
const lostUpdates = (edits: NonNullable<Msg['edits']>, finalDocs: Record<string, unknown>[]): number => {
  const latest = new Map<string, { value: string; clock: string }>();
  for (const e of edits) {
    const key = `${e.id}/${e.field}`;
    if ((latest.get(key)?.clock ?? '') < e.clock) latest.set(key, e);
  }
  const byId = new Map(finalDocs.map((d) => [d['id'] as string, d]));
  return [...latest.entries()].filter(([key, e]) => byId.get(key.split('/')[0] as string)?.[key.split('/')[1] as string] !== e.value).length;
};

/** 20 real RxDB clients in worker threads against a hub process holding the 100k-follow-up team. */
export const concurrencyBench = async (root: string, followUps: number): Promise<BenchRow[]> => {
  const dir = mkdtempSync(join(tmpdir(), 'salesdesk-bench-conc-'));
  const emptyDir = mkdtempSync(join(tmpdir(), 'salesdesk-bench-empty-'));
  const port = 4600 + Math.floor(Math.random() * 300);
  const { afterSeq, tokens } = prepareHub(dir, followUps);
  const empty = await startHubProcess(root, emptyDir, port + 1);
  const emptyRss = rssMb(empty.pid as number, 'VmRSS');
  empty.kill('SIGTERM');
  const hub = await startHubProcess(root, dir, port);
  const workers = tokens.map((token, i) => new Worker(new URL('./clientWorker.ts', import.meta.url), { workerData: { hubUrl: `http://127.0.0.1:${port}`, token, memberId: `bench-${i}`, name: `c${i}`, afterSeq } }));
  try {
    await Promise.all(workers.map((w) => waitFor(w, 'ready')));
    const rtt = await pullRoundTrip(port, tokens[0] as string);
    const latency = await measureLatency(workers);
    const rows = Array.from({ length: SHARED_ROWS }, (_, i) => `shared-${String(i).padStart(3, '0')}`);
    const soaked = await Promise.all(workers.map((w) => (w.postMessage({ t: 'soak', rows, perSecond: 5, durationMs: SOAK_MS }), waitFor(w, 'soaked'))));
    const dumps = await Promise.all(workers.map((w) => (w.postMessage({ t: 'dump', rows }), waitFor(w, 'dump'))));
    const hubRss = rssMb(hub.pid as number, 'VmHWM');
    const edits = soaked.flatMap((s) => s.edits ?? []);
    const finalDocs = JSON.parse(dumps[0]?.json ?? '[]') as Record<string, unknown>[];
    const lost = lostUpdates(edits, finalDocs);
    await Promise.all(workers.map((w) => (w.postMessage({ t: 'stop' }), waitFor(w, 'stopped'))));
    await new Promise((resolve) => (hub.once('exit', resolve), hub.kill('SIGTERM')));
    const onHub = hubRows(dir, rows);
    const identical = dumps.every((d) => canonicalJson(stripRxdb(JSON.parse(d.json ?? '[]') as Record<string, unknown>[])) === onHub);
    return [
      { metric: `edit → visible on another client, median (${CLIENTS} clients, ${latency.length} samples)`, value: median(latency), unit: 'ms', baseline: 'raw WebSocket pull round trip, median', baseValue: rtt, target: '≤ 50 ms' },
      { metric: 'edit → visible on another client, p99', value: percentile(latency, 99), unit: 'ms', baseline: 'raw WebSocket pull round trip, median', baseValue: rtt, target: '≤ 250 ms' },
      { metric: `soak: ${CLIENTS} clients × 5 edits/s × ${SOAK_MS / 1000} s on ${SHARED_ROWS} shared rows (${edits.length} edits): lost updates; 20 replicas + hub byte-identical: ${identical ? 'yes' : 'NO'}`, value: lost, unit: '', baseline: 'lost updates allowed', baseValue: 0, target: '0, identical' },
      { metric: `hub peak RSS with ${followUps.toLocaleString('en')} follow-ups during the soak`, value: hubRss, unit: 'MB', baseline: 'empty hub process', baseValue: emptyRss, target: '≤ 200 MB' },
    ];
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    hub.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
    rmSync(emptyDir, { recursive: true, force: true });
  }
};
