// 销售只看自己的客户: what the hub's filter costs on a 100,000-follow-up team. Pulls every follow-up in
// RxDB's pages of 500 as the hub answers a pull (stored JSON text, no parse), for a manager (no filter)
// and for a rep under the rule (SQL json_extract filter over the same pages). Run: node tests/bench/visibilityBench.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHubVisibility, type VisibilitySession } from '../../electron/hub/hubVisibility.ts';
import { openSqliteHubStore } from '../../electron/hub/store/openSqliteHubStore.ts';
import type { HubStore } from '../../electron/hub/store/HubStore.ts';
import type { Role } from '../../shared/domain/roles.ts';
import { median, time, type BenchRow } from './benchRow.ts';
import { seedHub } from './seedHub.ts';

const PAGE = 500;

const session = (memberId: string, role: Role): VisibilitySession => ({
  writer: { memberId, role },
  send: () => undefined,
  socket: { readyState: 1, OPEN: 1, send: () => undefined },
});

/** Every follow-up a session receives, paged as RxDB pulls; returns how many and the bytes of JSON. */
const pullAll = (store: HubStore, s: VisibilitySession) => {
  const visibility = createHubVisibility(store);
  let after = 0;
  let docs = 0;
  let bytes = 0;
  for (;;) {
    const { rows, seq } = visibility.pullJson(s, 'followups', after, PAGE);
    docs += rows.length;
    for (const r of rows) bytes += r.json.length;
    if (rows.length < PAGE) return { docs, bytes };
    after = seq;
  }
};

export const visibilityBench = async (rows: BenchRow[], followUps = 100_000): Promise<void> => {
  const dir = mkdtempSync(join(tmpdir(), 'salesdesk-visibility-bench-'));
  const store = openSqliteHubStore({ file: join(dir, 'hub.sqlite'), newId: () => 'bench' });
  try {
    seedHub(store, followUps, Date.UTC(2026, 10, 23, 4));
    const rep = String(store.pull('members', 0, 100).find((m) => m.doc['role'] === 'rep')?.doc.id);
    const settings = store.get('teamsettings', ['team']).get('team')!;
    const setRule = (on: boolean) =>
      store.push('teamsettings', [{ assumedMasterState: store.get('teamsettings', ['team']).get('team')!, newDocumentState: { ...settings, repsSeeOwnOnly: on } }], { memberId: 'bench-admin', deviceId: 'bench', at: 1 });
    const manager = session('bench-admin', 'admin');
    const off: number[] = [];
    const on: number[] = [];
    const unfiltered: number[] = [];
    let share = { docs: 0, bytes: 0 };
    let all = { docs: 0, bytes: 0 };
    // Interleaved, five rounds: the machine is shared, so each figure is a median of turns taken side by side.
    for (let i = 0; i < 5; i++) {
      setRule(false);
      off.push(await time(() => (all = pullAll(store, session(rep, 'rep')))));
      setRule(true);
      on.push(await time(() => (share = pullAll(store, session(rep, 'rep')))));
      unfiltered.push(await time(() => pullAll(store, manager)));
    }
    const managerUnderRule = median(unfiltered);
    // A rep's scope (their customers and visible follow-ups): computed at sign-in and after a reassignment.
    const scope = median(await Promise.all([0, 1, 2].map(() => time(() => store.visibility.scopeIds(rep)))));
    // The rule switched on with one rep connected: every filtered collection read once, their hides sent.
    let hidden = 0;
    let lastHideAt = 0;
    const listener: VisibilitySession = { ...session(rep, 'rep'), send: (m) => void (m.t === 'hide' && ((hidden += m.ids.length), (lastHideAt = performance.now()))) };
    setRule(false);
    const live = createHubVisibility(store);
    const started = performance.now();
    setRule(true);
    live.broadcast([listener], 'teamsettings', store.pull('teamsettings', 0, 1), new Map([['team', { ...settings, repsSeeOwnOnly: false }]]));
    // Streamed between turns of the event loop: done once no hide has come for half a second.
    while (performance.now() - Math.max(lastHideAt, started) < 500) await new Promise((r) => setTimeout(r, 20));
    const switchOn = lastHideAt - started;
    const n = followUps.toLocaleString('en');
    rows.push({ metric: `pull ${n} follow-ups, rep, rule on (gets ${share.docs.toLocaleString('en')})`, value: median(on), unit: 'ms', baseline: `same rep, rule off (${all.docs.toLocaleString('en')})`, baseValue: median(off) });
    rows.push({ metric: `pull ${n} follow-ups, admin, rule on (unfiltered)`, value: managerUnderRule, unit: 'ms', baseline: 'rep, rule off', baseValue: median(off) });
    rows.push({ metric: `a rep's scope on ${n} follow-ups (sign-in, reassignment)`, value: scope, unit: 'ms', baseline: 'rep pull, rule off', baseValue: median(off) });
    rows.push({ metric: `rule switched on, one rep connected: ${hidden.toLocaleString('en')} hides sent`, value: switchOn, unit: 'ms', baseline: 'rep pull, rule off', baseValue: median(off) });
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
};

if (import.meta.main) {
  const rows: BenchRow[] = [];
  await visibilityBench(rows, Number(process.env['FOLLOWUPS'] ?? 100_000));
  console.table(rows);
}
