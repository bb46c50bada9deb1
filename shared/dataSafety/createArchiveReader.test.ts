import { describe, expect, it } from 'vitest';
import { archiveLine, ARCHIVE_FORMAT, ARCHIVE_VERSION, type ArchiveRecord } from './archiveFormat.ts';
import { ArchiveError, createArchiveReader } from './createArchiveReader.ts';

const doc = (id: string, summary: string) => ({ id, _deleted: false, summary });
const header: ArchiveRecord = { t: 'header', format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, hubId: 'hub-1', epoch: 'e1', exportedAt: 1_800_000_000_000 };
// "hello" in base64, and its SHA-256 (the reader checks the size; the hub checks the hash).
const blob: ArchiveRecord = { t: 'blob', sha256: '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824', size: 5, base64: 'aGVsbG8=' };

const valid = (): ArchiveRecord[] => [
  header,
  { t: 'revision', seq: 1, collection: 'followups', id: 'f1', memberId: 'm1', deviceId: 'd1', at: 1, doc: doc('f1', '第一次') },
  { t: 'revision', seq: 2, collection: 'customers', id: 'c1', memberId: 'm1', deviceId: 'd1', at: 2, doc: doc('c1', '') },
  { t: 'revision', seq: 3, collection: 'followups', id: 'f1', memberId: 'm2', deviceId: 'd2', at: 3, doc: doc('f1', '改过') },
  { t: 'doc', collection: 'customers', seq: 2, doc: doc('c1', '') },
  { t: 'doc', collection: 'followups', seq: 3, doc: doc('f1', '改过') },
  blob,
  { t: 'end', counts: { revisions: 3, docs: 2, blobs: 1 } },
];

/** Encodes records as the hub writes them, then reads them back line by line. */
const read = (records: readonly ArchiveRecord[]) => {
  const text = records.map(archiveLine).join('');
  const reader = createArchiveReader();
  const decoded = text.split('\n').filter((l) => l !== '').map((line) => reader.accept(line));
  return { decoded, ...reader.finish() };
};

const failure = (run: () => unknown): string => {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(ArchiveError);
    return (err as Error).message;
  }
  throw new Error('expected the archive to be refused');
};

describe('the team archive', () => {
  it('round-trips every record and reports its counts', () => {
    const { decoded, header: h, counts } = read(valid());
    expect(decoded).toEqual(valid());
    expect(h.hubId).toBe('hub-1');
    expect(counts).toEqual({ revisions: 3, docs: 2, blobs: 1 });
  });

  it('keeps a document\'s own fields it does not know (a newer schema field survives the trip)', () => {
    const records = valid();
    records[5] = { t: 'doc', collection: 'followups', seq: 3, doc: { ...doc('f1', '改过'), custom: { 预算: 3 } } };
    expect(read(records).decoded[5]).toEqual(records[5]);
  });

  it('refuses a foreign file, another format version and a missing header in Chinese', () => {
    expect(failure(() => createArchiveReader().accept('PK\u0003\u0004 not json'))).toContain('不是销售台的团队归档');
    expect(failure(() => createArchiveReader().accept(JSON.stringify({ hello: 'world' })))).toContain('不是销售台的团队归档');
    expect(failure(() => createArchiveReader().accept(JSON.stringify({ ...header, version: 2 })))).toContain('格式版本 2');
    expect(failure(() => createArchiveReader().finish())).toContain('不是销售台的团队归档');
  });

  it('refuses a truncated file: no end line', () => {
    expect(failure(() => read(valid().slice(0, -1)))).toContain('缺少文件尾');
  });

  it('refuses counts that do not match, lines out of order, a master that is not the newest revision', () => {
    const counts = valid();
    counts[7] = { t: 'end', counts: { revisions: 3, docs: 2, blobs: 2 } };
    expect(failure(() => read(counts))).toContain('条数与文件尾不符');

    const order = valid();
    [order[1], order[2]] = [order[2] as ArchiveRecord, order[1] as ArchiveRecord];
    expect(failure(() => read(order))).toContain('第 3 行');

    const stale = valid();
    stale[5] = { t: 'doc', collection: 'followups', seq: 1, doc: doc('f1', '第一次') };
    expect(failure(() => read(stale))).toContain('followups/f1');

    const missing = valid().filter((r) => !(r.t === 'doc' && r.collection === 'customers'));
    missing[missing.length - 1] = { t: 'end', counts: { revisions: 3, docs: 1, blobs: 1 } };
    expect(failure(() => read(missing))).toContain('缺少当前版本');
  });

  it('refuses a bad record: broken JSON, an unknown collection, a blob whose size lies, text after the end', () => {
    const lines = valid().map((r) => JSON.stringify(r));
    const broken = [...lines];
    broken[2] = broken[2]?.slice(0, 20) ?? '';
    expect(failure(() => { const r = createArchiveReader(); broken.forEach((l) => r.accept(l)); })).toContain('第 3 行：不是有效的 JSON');

    const foreignCollection = [...lines];
    foreignCollection[1] = JSON.stringify({ ...valid()[1], collection: 'passwords' });
    expect(failure(() => { const r = createArchiveReader(); foreignCollection.forEach((l) => r.accept(l)); })).toMatch(/第 2 行/);

    const lying = valid();
    lying[6] = { ...blob, size: 6 };
    expect(failure(() => read(lying))).toContain('附件大小不符');

    expect(failure(() => read([...valid(), header]))).toContain('文件尾之后');
  });
});
