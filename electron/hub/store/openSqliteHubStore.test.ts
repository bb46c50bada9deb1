import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import type { Author, HubStore, ReplicatedDoc } from './HubStore.ts';
import { HUB_SCHEMA_VERSION } from './hubSchema.ts';
import { hubSql } from './hubStatements.ts';
import { openSqliteHubStore } from './openSqliteHubStore.ts';

const dir = mkdtempSync(join(tmpdir(), 'hub-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
const freshFile = (): string => join(dir, `hub-${(fileCount += 1)}.sqlite`);
const idsFrom = (prefix: string) => {
  let n = 0;
  return (): string => `${prefix}-${(n += 1)}`;
};
const openFresh = (): HubStore => openSqliteHubStore({ file: freshFile(), newId: idsFrom('id') });

const zhang: Author = { memberId: 'member-zhang', deviceId: 'desk-1', at: 1_790_000_000_000 };
const wang: Author = { memberId: 'member-wang', deviceId: 'laptop-2', at: 1_790_000_060_000 };
const doc = (id: string, fields: Record<string, unknown> = {}): ReplicatedDoc => ({ id, _deleted: false, ...fields });
const create = (d: ReplicatedDoc) => ({ assumedMasterState: null, newDocumentState: d });
const update = (from: ReplicatedDoc, to: ReplicatedDoc) => ({ assumedMasterState: from, newDocumentState: to });

describe('openSqliteHubStore: pull, get, seq', () => {
  it('assigns strictly increasing seqs across collections and pulls each collection in seq order', () => {
    const store = openFresh();
    expect(store.maxSeq()).toBe(0);
    store.push('followUps', [create(doc('f1')), create(doc('f2'))], zhang);
    store.push('customers', [create(doc('c1'))], zhang);
    store.push('followUps', [create(doc('f3'))], zhang);
    store.push('followUps', [update(doc('f1'), doc('f1', { 状态: '已成交' }))], wang);

    expect(store.pull('followUps', 0, 100).map((r) => [r.id, r.seq])).toEqual([['f2', 2], ['f3', 4], ['f1', 5]]);
    expect(store.pull('customers', 0, 100).map((r) => [r.id, r.seq])).toEqual([['c1', 3]]);
    expect(store.maxSeq()).toBe(5);
    const f1 = store.pull('followUps', 4, 100);
    expect(f1).toEqual([{ collection: 'followUps', id: 'f1', seq: 5, doc: doc('f1', { 状态: '已成交' }) }]);
    store.close();
  });

  it('pages with afterSeq and limit without skipping or repeating', () => {
    const store = openFresh();
    const all = Array.from({ length: 23 }, (_, i) => create(doc(`d${i}`, { n: i })));
    store.push('followUps', all, zhang);
    const seen: string[] = [];
    let after = 0;
    for (;;) {
      const page = store.pull('followUps', after, 5);
      expect(page.length).toBeLessThanOrEqual(5);
      if (page.length === 0) break;
      seen.push(...page.map((r) => r.id));
      after = page.at(-1)?.seq ?? after;
    }
    expect(seen).toEqual(all.map((r) => r.newDocumentState.id));
    expect(store.pull('followUps', 0, 0)).toEqual([]);
    expect(store.pull('followUps', store.maxSeq(), 10)).toEqual([]);
    expect(store.pull('nothing-here', 0, 10)).toEqual([]);
    store.close();
  });

  it('refuses pull arguments SQLite would misread (NaN afterSeq, negative limit = unlimited)', () => {
    const store = openFresh();
    store.push('followUps', [create(doc('a'))], zhang);
    expect(() => store.pull('followUps', Number.NaN, 10)).toThrow(RangeError);
    expect(() => store.pull('followUps', 0, -1)).toThrow(RangeError);
    expect(() => store.pull('followUps', 0, 1.5)).toThrow(RangeError);
    store.close();
  });

  it('gets current masters by id, per collection, leaving out unknown ids', () => {
    const store = openFresh();
    store.push('followUps', [create(doc('a', { v: 1 })), create(doc('b', { v: 1 }))], zhang);
    store.push('customers', [create(doc('a', { name: '华东客户' }))], zhang);
    store.push('followUps', [update(doc('a', { v: 1 }), doc('a', { v: 2 }))], zhang);
    const got = store.get('followUps', ['a', 'missing', 'b', 'a']);
    expect([...got.keys()].sort()).toEqual(['a', 'b']);
    expect(got.get('a')).toEqual(doc('a', { v: 2 }));
    expect(store.get('customers', ['a']).get('a')).toEqual(doc('a', { name: '华东客户' }));
    expect(store.get('followUps', []).size).toBe(0);
    const many = Array.from({ length: 1500 }, (_, i) => `x${i}`).concat('b');
    expect([...store.get('followUps', many).keys()]).toEqual(['b']);
    store.close();
  });
});

describe('openSqliteHubStore: push semantics', () => {
  it('accepts a matching assumption and answers the real master for a stale one', () => {
    const store = openFresh();
    const v1 = doc('f1', { 状态: '跟进中', 金额: 1000 });
    const v2 = doc('f1', { 状态: '已报价', 金额: 1000 });
    expect(store.push('followUps', [create(v1)], zhang).written.map((w) => w.seq)).toEqual([1]);
    expect(store.push('followUps', [update(v1, v2)], zhang)).toEqual({
      conflicts: [],
      written: [{ collection: 'followUps', id: 'f1', seq: 2, doc: v2 }],
    });
    // 王五 still assumes v1: stale → conflict with v2, nothing written.
    const stale = store.push('followUps', [update(v1, doc('f1', { 状态: '丢单', 金额: 1000 }))], wang);
    expect(stale).toEqual({ conflicts: [v2], written: [] });
    // Creating a doc that already exists is stale too.
    expect(store.push('followUps', [create(doc('f1'))], wang).conflicts).toEqual([v2]);
    expect(store.get('followUps', ['f1']).get('f1')).toEqual(v2);
    expect(store.maxSeq()).toBe(2);
    store.close();
  });

  it('compares assumptions as canonical JSON: key order never makes a false conflict', () => {
    const store = openFresh();
    store.push('followUps', [create({ id: 'f1', _deleted: false, 联系人: { 姓名: '李雷', 电话: '13800000000' }, 金额: 5 })], zhang);
    const reordered: ReplicatedDoc = { 金额: 5, 联系人: { 电话: '13800000000', 姓名: '李雷' }, _deleted: false, id: 'f1' };
    const outcome = store.push('followUps', [update(reordered, doc('f1', { 金额: 6 }))], wang);
    expect(outcome.conflicts).toEqual([]);
    expect(outcome.written).toHaveLength(1);
    // …but a real difference, however small, is a conflict.
    const off = store.push('followUps', [update(doc('f1', { 金额: 6.0000001 }), doc('f1', { 金额: 7 }))], wang);
    expect(off.conflicts).toEqual([doc('f1', { 金额: 6 })]);
    store.close();
  });

  it('accepts a write when the hub has no master even though the client assumed one', () => {
    const store = openFresh();
    const outcome = store.push('followUps', [update(doc('lost', { v: 1 }), doc('lost', { v: 2 }))], zhang);
    expect(outcome.conflicts).toEqual([]);
    expect(outcome.written.map((w) => w.doc)).toEqual([doc('lost', { v: 2 })]);
    expect(store.history('followUps', 'lost').map((r) => r.doc)).toEqual([doc('lost', { v: 2 })]);
    store.close();
  });

  it('treats two rows for one id in one push like two pushes in a row', () => {
    const store = openFresh();
    const v1 = doc('f1', { n: 1 });
    const v2 = doc('f1', { n: 2 });
    const outcome = store.push('followUps', [create(v1), update(v1, v2), create(doc('f1', { n: 99 })), update(v1, doc('f1', { n: 98 }))], zhang);
    expect(outcome.written.map((w) => [w.seq, w.doc])).toEqual([[1, v1], [2, v2]]);
    expect(outcome.conflicts).toEqual([v2, v2]);
    expect(store.pull('followUps', 0, 10)).toEqual([{ collection: 'followUps', id: 'f1', seq: 2, doc: v2 }]);
    store.close();
  });

  it('keeps deleted documents as masters: pulled, conflicting, and undeletable from history', () => {
    const store = openFresh();
    const live = doc('f1', { 客户: '远航贸易' });
    const gone: ReplicatedDoc = { ...live, _deleted: true };
    store.push('followUps', [create(live)], zhang);
    store.push('followUps', [update(live, gone)], wang);
    expect(store.pull('followUps', 1, 10)).toEqual([{ collection: 'followUps', id: 'f1', seq: 2, doc: gone }]);
    expect(store.get('followUps', ['f1']).get('f1')).toEqual(gone);
    expect(store.push('followUps', [create(doc('f1'))], zhang).conflicts).toEqual([gone]);
    const previous = store.history('followUps', 'f1').at(-2)?.doc;
    expect(previous).toEqual(live);
    expect(store.push('followUps', [update(gone, live)], zhang).written).toHaveLength(1);
    store.close();
  });

  it('returns the stored form of written documents (undefined fields dropped)', () => {
    const store = openFresh();
    const [written] = store.push('followUps', [create(doc('f1', { note: undefined, n: 1 }))], zhang).written;
    expect(written?.doc).toEqual({ id: 'f1', _deleted: false, n: 1 });
    expect(Object.keys(written?.doc ?? {})).not.toContain('note');
    store.close();
  });

  it('writes nothing and does not advance seq when a push throws midway', () => {
    const store = openFresh();
    store.push('followUps', [create(doc('keep', { n: 1 }))], zhang);
    const before = store.maxSeq();
    const poisoned = [create(doc('a')), update(doc('keep', { n: 1 }), doc('keep', { n: 2 })), create(doc('bad', { big: 10n }))];
    expect(() => store.push('followUps', poisoned, zhang)).toThrow(TypeError);
    expect(store.maxSeq()).toBe(before);
    expect(store.pull('followUps', 0, 100).map((r) => r.doc)).toEqual([doc('keep', { n: 1 })]);
    expect(store.history('followUps', 'a')).toEqual([]);
    expect(store.history('followUps', 'keep')).toHaveLength(1);
    // The store is still usable and seq continues without a gap.
    expect(store.push('followUps', [create(doc('after'))], zhang).written[0]?.seq).toBe(before + 1);
    store.close();
  });

  it('rejects rows that are not replicable documents, atomically and with a Chinese message', () => {
    const store = openFresh();
    const noDeleted = { assumedMasterState: null, newDocumentState: JSON.parse('{"id":"x"}') as ReplicatedDoc };
    expect(() => store.push('followUps', [create(doc('ok')), noDeleted], zhang)).toThrow(/_deleted/);
    expect(() => store.push('followUps', [create(doc(''))], zhang)).toThrow(/非空字符串 id/);
    expect(store.maxSeq()).toBe(0);
    expect(store.push('followUps', [], zhang)).toEqual({ conflicts: [], written: [] });
    store.close();
  });
});

describe('openSqliteHubStore: history', () => {
  it('keeps every accepted revision with its author, oldest first; conflicts leave none', () => {
    const store = openFresh();
    const v1 = doc('f1', { 状态: '新线索' });
    const v2 = doc('f1', { 状态: '跟进中' });
    store.push('followUps', [create(v1)], zhang);
    store.push('followUps', [update(v1, v2)], wang);
    store.push('followUps', [update(v1, doc('f1', { 状态: '丢单' }))], zhang); // stale
    store.push('followUps', [create(doc('f2'))], zhang);
    expect(store.history('followUps', 'f1')).toEqual([
      { collection: 'followUps', id: 'f1', seq: 1, doc: v1, ...zhang },
      { collection: 'followUps', id: 'f1', seq: 2, doc: v2, ...wang },
    ]);
    expect(store.history('customers', 'f1')).toEqual([]);
    store.close();
  });
});

describe('openSqliteHubStore: the file', () => {
  it('creates hubId and epoch once and keeps them (and the data) on reopen', () => {
    const file = freshFile();
    const newId = idsFrom('gen');
    const first = openSqliteHubStore({ file, newId });
    expect([first.hubId, first.epoch]).toEqual(['gen-1', 'gen-2']);
    first.push('followUps', [create(doc('f1'))], zhang);
    first.close();
    first.close(); // idempotent
    const again = openSqliteHubStore({ file, newId });
    expect([again.hubId, again.epoch]).toEqual(['gen-1', 'gen-2']);
    expect(again.maxSeq()).toBe(1);
    expect(again.get('followUps', ['f1']).size).toBe(1);
    again.close();
  });

  it('sets the durability pragmas and schema version, and uses the indexes on the hot path', () => {
    const file = freshFile();
    openSqliteHubStore({ file, newId: idsFrom('x') }).close();
    const db = new DatabaseSync(file);
    expect(db.prepare('PRAGMA journal_mode').get()?.journal_mode).toBe('wal');
    expect(db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get()?.value).toBe(String(HUB_SCHEMA_VERSION));
    const plan = (sql: string): string =>
      db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all().map((r) => String(r.detail)).join(' | ');
    expect(plan(hubSql.selectAfter)).toContain('USING INDEX docs_by_seq');
    expect(plan(hubSql.selectMasters)).toContain('PRIMARY KEY (collection=? AND id=?)');
    expect(plan(hubSql.selectHistory)).toContain('USING INDEX revisions_by_doc');
    expect(plan(hubSql.selectAfter)).not.toMatch(/TEMP B-TREE/);
    db.close();
  });

  it('refuses a file from a newer version, a foreign database and a non-database', () => {
    const newer = freshFile();
    openSqliteHubStore({ file: newer, newId: idsFrom('x') }).close();
    const db = new DatabaseSync(newer);
    db.prepare("UPDATE meta SET value = ? WHERE key = 'schema_version'").run(String(HUB_SCHEMA_VERSION + 1));
    db.close();
    expect(() => openSqliteHubStore({ file: newer, newId: idsFrom('x') })).toThrow(/更新版本的销售台/);

    const foreign = freshFile();
    const other = new DatabaseSync(foreign);
    other.exec('CREATE TABLE invoices (n INTEGER)');
    other.close();
    expect(() => openSqliteHubStore({ file: foreign, newId: idsFrom('x') })).toThrow(/不是销售台团队数据文件/);

    const junk = freshFile();
    writeFileSync(junk, '这不是数据库'.repeat(200));
    // Not a database at all reads as a damaged hub file: refused with what to restore (checkHubIntegrity.ts).
    expect(() => openSqliteHubStore({ file: junk, newId: idsFrom('x') })).toThrow(/团队数据文件 .* 已损坏（file is not a database）/);
  });
});

describe('openSqliteHubStore: revisionAt', () => {
  it('returns a document as it stood at a sequence number', () => {
    const store = openFresh();
    store.push('followUps', [create(doc('f1', { v: 1 }))], zhang); // seq 1
    store.push('followUps', [create(doc('other'))], zhang); // seq 2
    store.push('followUps', [update(doc('f1', { v: 1 }), doc('f1', { v: 2 }))], wang); // seq 3
    expect(store.revisionAt('followUps', 'f1', 0)).toBeNull();
    expect(store.revisionAt('followUps', 'f1', 2)).toEqual(doc('f1', { v: 1 }));
    expect(store.revisionAt('followUps', 'f1', 3)).toEqual(doc('f1', { v: 2 }));
    expect(store.revisionAt('followUps', 'missing', 9)).toBeNull();
    store.close();
  });
});

describe('openSqliteHubStore: pullJson', () => {
  it('returns the stored JSON of exactly the documents pull returns', () => {
    const store = openFresh();
    store.push('followUps', [create(doc('f1', { 客户: '恒瑞', b: 1, a: 2 })), create(doc('f2', { 状态: '已报价' }))], zhang);
    store.push('customers', [create(doc('c1'))], zhang);
    const raw = store.pullJson('followUps', 0, 10);
    expect(raw.map((r) => r.seq)).toEqual(store.pull('followUps', 0, 10).map((r) => r.seq));
    expect(raw.map((r) => JSON.parse(r.json))).toEqual(store.pull('followUps', 0, 10).map((r) => r.doc));
    expect(() => store.pullJson('followUps', Number.NaN, 10)).toThrow(RangeError);
    store.close();
  });
});
