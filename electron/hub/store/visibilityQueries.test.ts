import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filteredCollections, visibleTo } from '../../../shared/sync/visibility.ts';
import type { ReplicatedDoc } from './HubStore.ts';
import { openSqliteHubStore } from './openSqliteHubStore.ts';

const dir = mkdtempSync(join(tmpdir(), 'hub-visibility-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const members = ['m1', 'm2', 'm3'];
/** A small deterministic generator (no Math.random: a failure replays). */
const rng = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

/** A random team: customers owned by anyone, follow-ups of any owner on any customer, and the rest pointing at them. */
const team = (seed: number): Record<string, ReplicatedDoc[]> => {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const customers = Array.from({ length: 12 }, (_, i) => ({ id: `c${i}`, _deleted: false, ownerId: pick(members) }));
  const followups = Array.from({ length: 30 }, (_, i) => ({ id: `f${i}`, _deleted: r() < 0.1, ownerId: pick(members), customerId: pick(customers).id }));
  const target = () => pick([['customer', pick(customers).id], ['followUp', pick(followups).id], ['dailyReport', `${pick(members)}_2026-11-20`]] as const);
  return {
    customers,
    followups,
    comments: Array.from({ length: 30 }, (_, i) => {
      const [targetType, targetId] = target();
      return { id: `k${i}`, _deleted: false, authorId: pick(members), targetType, targetId };
    }),
    // Files hang on a customer (or its evidence) or a follow-up, never on a report (attachmentSchema).
    attachments: Array.from({ length: 20 }, (_, i) => {
      const [type, ownerId] = r() < 0.5 ? (['customer', pick(customers).id] as const) : (['followUp', pick(followups).id] as const);
      return { id: `a${i}`, _deleted: false, createdBy: pick(members), ownerType: type === 'customer' && r() < 0.5 ? 'evidence' : type, ownerId, sha256: `${i}`.padStart(64, '0') };
    }),
    dailyreports: members.map((m) => ({ id: `${m}_2026-11-20`, _deleted: false, memberId: m })),
    notifications: Array.from({ length: 10 }, (_, i) => ({ id: `n${i}`, _deleted: false, recipientId: pick(members), senderId: pick(members) })),
    savedviews: Array.from({ length: 8 }, (_, i) => ({ id: `v${i}`, _deleted: false, ownerId: pick(members), shared: r() < 0.5 })),
    importbatches: Array.from({ length: 4 }, (_, i) => ({ id: `b${i}`, _deleted: false, createdBy: pick(members) })),
    members: members.map((m) => ({ id: m, _deleted: false })),
  };
};

describe('visibilityQueries: the SQL filter agrees with shared/sync/visibility.ts', () => {
  it.each([1, 2, 3, 4, 5])('random team %i: every member, every collection, in pages', (seed) => {
    const store = openSqliteHubStore({ file: join(dir, `v${seed}.sqlite`), newId: () => `id${seed}` });
    const docs = team(seed);
    for (const [collection, rows] of Object.entries(docs)) {
      store.push(collection, rows.map((d) => ({ assumedMasterState: null, newDocumentState: d })), { memberId: 'm1', deviceId: 'd', at: 1 });
    }
    for (const memberId of members) {
      const ids = store.visibility.scopeIds(memberId);
      const owned = docs['customers']!.filter((c) => c['ownerId'] === memberId).map((c) => c.id);
      const followed = docs['followups']!.filter((f) => f['ownerId'] === memberId).map((f) => String(f['customerId']));
      expect(new Set(ids.customers)).toEqual(new Set([...owned, ...followed]));
      const scope = { memberId, customers: new Set(ids.customers), followUps: new Set(ids.followUps) };
      expect(new Set(ids.followUps)).toEqual(new Set(docs['followups']!.filter((f) => visibleTo('followups', f, scope)).map((f) => f.id)));
      for (const collection of [...filteredCollections, 'members' as const]) {
        const expected = (docs[collection] ?? []).filter((d) => visibleTo(collection, d, scope)).map((d) => d.id);
        // Pages of 3: each full until the end, so a client that stops on a short page misses nothing.
        const got: string[] = [];
        for (let after = 0; ; ) {
          const page = store.visibility.pullVisibleJson(collection, after, 3, memberId, ids);
          got.push(...page.map((p) => (JSON.parse(p.json) as { id: string }).id));
          if (page.length < 3) break;
          after = page.at(-1)!.seq;
        }
        expect(got, `${memberId} ${collection}`).toEqual(expected);
      }
    }
    store.close();
  });

  it("finds a rep's customers and follow-ups through the v3 indexes, not a scan", () => {
    const store = openSqliteHubStore({ file: join(dir, 'plan.sqlite'), newId: () => 'plan' });
    const plan = store.visibility.scopePlan();
    expect(plan.filter((p) => p.includes('docs_by_owner'))).toHaveLength(3);
    expect(plan.some((p) => p.includes('followups_by_customer'))).toBe(true);
    expect(plan.filter((p) => /^SCAN docs\b/.test(p))).toEqual([]);
    store.close();
  });

  it('finds the documents that point at some ids, and refuses a field name that is not a plain identifier', () => {
    const store = openSqliteHubStore({ file: join(dir, 'ref.sqlite'), newId: () => 'ref' });
    store.push('comments', [{ assumedMasterState: null, newDocumentState: { id: 'k1', _deleted: false, targetId: 'c1' } }, { assumedMasterState: null, newDocumentState: { id: 'k2', _deleted: false, targetId: 'c2' } }], { memberId: 'm', deviceId: 'd', at: 1 });
    expect(store.visibility.referencing('comments', 'targetId', ['c2', 'c9']).map((r) => r.id)).toEqual(['k2']);
    expect(store.visibility.referencing('comments', "targetId') OR 1=1 --", ['c2'])).toEqual([]);
    store.close();
  });
});
