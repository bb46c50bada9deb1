import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonicalJson.ts';
import { formatHlc } from './hlc.ts';
import { mergeDocs, type MergeableDoc } from './mergeDocs.ts';
import { stampNew, stampPatch } from './stampWrite.ts';
import { fieldClock } from './syncMeta.ts';

const clock = (ms: number, node: string) => formatHlc({ ms, counter: 0, node });
// Created as the app creates rows: one creation stamp covers every field.
const base: MergeableDoc = stampNew({ id: 'f1', status: 'callback', stage: 'contact', summary: '电话沟通' }, { now: 1, memberId: 'm1', clock: clock(1, 'a') });
/** The same row as older replicas store it: one clock entry per field. */
const expanded: MergeableDoc = { ...base, clock: { status: clock(1, 'a'), stage: clock(1, 'a'), summary: clock(1, 'a'), trashed: clock(1, 'a') } };
// Local edits go through the same stamping as the app's writes.
const edit = (doc: MergeableDoc, patch: Record<string, unknown>, at: number, node: string, by: string): MergeableDoc => ({
  ...doc,
  ...stampPatch(doc, patch, { now: at, memberId: by, clock: clock(at, node) }),
});

describe('mergeDocs', () => {
  it('keeps edits to different fields from both sides', () => {
    const local = edit(base, { status: 'quoted' }, 10, 'a', 'm1');
    const remote = edit(base, { summary: '已发报价单' }, 11, 'b', 'm2');
    const merged = mergeDocs(base, local, remote);
    expect(merged).toMatchObject({ status: 'quoted', summary: '已发报价单', stage: 'contact', conflicts: [], updatedBy: 'm2', updatedAt: 11 });
  });

  it('picks the later edit of the same field on both sides and keeps the loser visible', () => {
    const wang = edit(base, { status: 'negotiating' }, 20, 'b', 'wang');
    const li = edit(base, { status: 'quoted' }, 10, 'a', 'li');
    const onLi = mergeDocs(base, li, wang);
    const onWang = mergeDocs(base, wang, li);
    expect(canonicalJson(onLi)).toBe(canonicalJson(onWang));
    expect(onLi.status).toBe('negotiating');
    expect(onLi.conflicts).toEqual([{ field: 'status', value: 'quoted', clock: clock(10, 'a'), winnerClock: clock(20, 'b'), by: 'li', at: 10 }]);
  });

  it('keeps the only side that changed a field since the base, even with an older clock (a slow desktop clock)', () => {
    const fast = edit(base, { summary: '快的电脑先写' }, 600, 'fast', 'm1');
    // The slow desktop saw fast's edit, then changed the summary: its stamp is older than the one it replaced.
    const slow = edit(fast, { summary: '慢的电脑后改' }, 100, 'slow', 'm2');
    const fastOffline = edit(fast, { remark: '离线补充' }, 610, 'fast', 'm1');
    for (const merged of [mergeDocs(fast, fastOffline, slow), mergeDocs(fast, slow, fastOffline)]) {
      expect(merged).toMatchObject({ summary: '慢的电脑后改', remark: '离线补充', conflicts: [] });
    }
  });

  it('keeps every loser when three desktops change one field concurrently', () => {
    const [a, b, c] = [edit(base, { summary: 'A' }, 10, 'a', 'ma'), edit(base, { summary: 'B' }, 20, 'b', 'mb'), edit(base, { summary: 'C' }, 30, 'c', 'mc')];
    // The hub took A, then B merged over it (A kept), then C merged over that master.
    const afterB = mergeDocs(base, b, a);
    const afterC = mergeDocs(base, c, afterB);
    expect(afterC.summary).toBe('C');
    expect(afterC.conflicts.map((x) => [x.value, x.winnerClock])).toEqual([['A', clock(30, 'c')], ['B', clock(30, 'c')]]);
  });

  it('settles a conflict once someone edits the field again', () => {
    const merged = mergeDocs(base, edit(base, { status: 'quoted' }, 10, 'a', 'li'), edit(base, { status: 'negotiating' }, 20, 'b', 'wang'));
    const resolved = edit(merged, { status: 'quoted' }, 30, 'a', 'li');
    expect(mergeDocs(merged, resolved, merged).conflicts).toEqual([]);
  });

  it('treats a soft delete like a field and a purge as final', () => {
    const trashed = edit(base, { trashed: true, trashedAt: 40 }, 40, 'a', 'm1');
    const edited = edit(base, { summary: '补充' }, 41, 'b', 'm2');
    expect(mergeDocs(base, trashed, edited)).toMatchObject({ trashed: true, trashedAt: 40, summary: '补充' });
    expect(mergeDocs(base, { ...base, _deleted: true }, { ...edited, _deleted: false })._deleted).toBe(true);
  });

  it('merges rows with a creation stamp exactly as rows with one clock per field', () => {
    const mergedValues = (start: MergeableDoc) => {
      const local = edit(start, { status: 'quoted', remark: '新备注' }, 10, 'a', 'li');
      const remote = edit(start, { status: 'negotiating', summary: '已报价' }, 20, 'b', 'wang');
      return { ...mergeDocs(start, local, remote), clock: undefined };
    };
    expect(mergedValues(base)).toEqual(mergedValues(expanded));
    expect(mergedValues(base)).toMatchObject({ status: 'negotiating', remark: '新备注', summary: '已报价', conflicts: [expect.objectContaining({ value: 'quoted' })] });
    // A field the row was created without has no clock: any edit of it wins.
    expect(fieldClock(base, 'remark')).toBe('');
    expect(fieldClock(base, 'stage')).toBe(clock(1, 'a'));
  });

  it('merges two creations of the same id (no base) field by field', () => {
    const a = { ...edit(base, { summary: 'A 写的' }, 5, 'a', 'm1'), createdAt: 5, createdBy: 'm1' };
    const b = { ...edit(base, { summary: 'B 写的' }, 6, 'b', 'm2'), createdAt: 6, createdBy: 'm2' };
    const merged = mergeDocs(undefined, a, b);
    expect(merged).toMatchObject({ summary: 'B 写的', createdAt: 5, createdBy: 'm1' });
    expect(merged.conflicts.map((c) => c.value)).toEqual(['A 写的']);
  });
});

// ---- Property: any interleaving of edits, syncs and reconnects converges (simulated hub + clients). ----
type Client = { node: string; local: MergeableDoc; assumed: MergeableDoc; dirty: boolean; online: boolean };
type Op = { kind: 'edit'; client: number; field: string; value: string } | { kind: 'sync'; client: number } | { kind: 'toggle'; client: number };
const FIELDS = ['status', 'stage', 'summary', 'trashed'];

const push = (c: Client, hub: { master: MergeableDoc }) => {
  if (!c.dirty) return;
  if (canonicalJson(c.assumed) !== canonicalJson(hub.master)) c.local = mergeDocs(c.assumed, c.local, hub.master); // conflict → merge, retry
  hub.master = c.local;
  c.assumed = c.local;
  c.dirty = false;
};
const pull = (c: Client, hub: { master: MergeableDoc }) => {
  if (!c.dirty) c.local = c.assumed = hub.master;
};

const opArb = (clients: number) =>
  fc.oneof(
    fc.record({ kind: fc.constant('edit' as const), client: fc.nat(clients - 1), field: fc.constantFrom(...FIELDS), value: fc.constantFrom('x', 'y', 'z', '') }),
    fc.record({ kind: fc.constant('sync' as const), client: fc.nat(clients - 1) }),
    fc.record({ kind: fc.constant('toggle' as const), client: fc.nat(clients - 1) }),
  );

const run = (ops: Op[], clientCount: number) => {
  const hub = { master: base };
  const clients: Client[] = Array.from({ length: clientCount }, (_, i) => ({ node: `n${i}`, local: base, assumed: base, dirty: false, online: true }));
  const edits: { field: string; value: unknown; clock: string }[] = [];
  ops.forEach((op, t) => {
    const c = clients[op.client] as Client;
    if (op.kind === 'toggle') c.online = !c.online;
    if (op.kind === 'edit') {
      const value = op.field === 'trashed' ? op.value !== '' : op.value;
      c.local = edit(c.local, { [op.field]: value }, 100 + t, c.node, `m${op.client}`);
      c.dirty = true;
      edits.push({ field: op.field, value, clock: fieldClock(c.local, op.field) });
    }
    if (op.kind === 'sync' && c.online) {
      push(c, hub);
      pull(c, hub);
    }
  });
  for (const c of clients) {
    c.online = true;
    push(c, hub);
  }
  for (const c of clients) pull(c, hub);
  return { hub, clients, edits };
};

describe('mergeDocs convergence (property)', () => {
  it('every client and the hub end byte-identical, and each field holds its latest edit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 4 }).chain((n) => fc.tuple(fc.constant(n), fc.array(opArb(n), { maxLength: 60 }))), ([n, ops]) => {
        const { hub, clients, edits } = run(ops, n);
        const master = canonicalJson(hub.master);
        for (const c of clients) expect(canonicalJson(c.local)).toBe(master);
        for (const field of FIELDS) {
          const latest = edits.filter((e) => e.field === field).sort((a, b) => (a.clock < b.clock ? 1 : -1))[0];
          if (latest) expect(hub.master[field]).toEqual(latest.value);
        }
        for (const conflict of hub.master.conflicts) expect(fieldClock(hub.master, conflict.field)).toBe(conflict.winnerClock);
      }),
      { numRuns: 1000 },
    );
  });
});
