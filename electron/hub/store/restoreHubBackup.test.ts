import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Author, HubStore, ReplicatedDoc } from './HubStore.ts';
import { backupFileName, listBackups } from './hubBackups.ts';
import { openSqliteHubStore } from './openSqliteHubStore.ts';
import { restoreHubBackup } from './restoreHubBackup.ts';

const root = mkdtempSync(join(tmpdir(), 'hub-restore-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let count = 0;
const freshDir = (): string => mkdtempSync(join(root, `case${(count += 1)}-`));
const author: Author = { memberId: 'member-admin', deviceId: 'office-pc', at: 1_790_000_000_000 };
const doc = (id: string, fields: Record<string, unknown> = {}): ReplicatedDoc => ({ id, _deleted: false, ...fields });
const open = (file: string, prefix = 'id'): HubStore => {
  let n = 0;
  return openSqliteHubStore({ file, newId: () => `${prefix}-${(n += 1)}` });
};
const noon = new Date(2026, 10, 20, 12, 0, 0).getTime();

describe('backup and restoreHubBackup', () => {
  it('restores the data as of the backup with a new epoch and the same hubId', () => {
    const dir = freshDir();
    const dataFile = join(dir, 'hub.sqlite');
    const backupFile = join(dir, 'backups', backupFileName(noon));
    const store = open(dataFile);
    const { hubId, epoch } = store;
    store.push('followUps', [{ assumedMasterState: null, newDocumentState: doc('f1', { v: 1 }) }], author);
    store.putToken({ tokenHash: 'h1', memberId: 'm1', role: 'rep', deviceName: '前台', createdAt: 1, revokedAt: null });
    store.backup(backupFile);
    store.push('followUps', [{ assumedMasterState: doc('f1', { v: 1 }), newDocumentState: doc('f1', { v: 2 }) }], author);
    store.push('followUps', [{ assumedMasterState: null, newDocumentState: doc('f2') }], author);
    store.revokeMember('m1', 5);
    expect(listBackups(join(dir, 'backups')).map((b) => b.name)).toEqual([backupFileName(noon)]);
    store.close();

    restoreHubBackup({ backupFile, dataFile, newEpoch: 'epoch-after-restore' });

    const restored = open(dataFile, 'unused');
    expect(restored.hubId).toBe(hubId);
    expect(restored.epoch).toBe('epoch-after-restore');
    expect(restored.epoch).not.toBe(epoch);
    expect(restored.pull('followUps', 0, 10).map((r) => r.doc)).toEqual([doc('f1', { v: 1 })]);
    expect(restored.history('followUps', 'f1')).toHaveLength(1);
    expect(restored.findToken('h1')?.revokedAt).toBeNull();
    expect(restored.maxSeq()).toBe(1);
    // Clients re-push what the backup lacks: f2 is new again, and the seq goes on from the backup's.
    const repush = restored.push('followUps', [{ assumedMasterState: doc('f2'), newDocumentState: doc('f2') }], author);
    expect(repush.written.map((w) => w.seq)).toEqual([2]);
    restored.close();
    expect(readdirSync(dir).sort()).toEqual(['backups', 'hub.sqlite']);
  });

  it('drops a stale -wal of the replaced file instead of replaying it onto the restored copy', () => {
    const dir = freshDir();
    const dataFile = join(dir, 'hub.sqlite');
    const backupFile = join(dir, 'b.sqlite');
    const store = open(dataFile);
    store.push('c', [{ assumedMasterState: null, newDocumentState: doc('old') }], author);
    store.backup(backupFile);
    store.push('c', [{ assumedMasterState: null, newDocumentState: doc('newer') }], author);
    // Simulate a crash: keep the live -wal and -shm as a killed process would leave them.
    copyFileSync(`${dataFile}-wal`, join(dir, 'saved-wal'));
    copyFileSync(`${dataFile}-shm`, join(dir, 'saved-shm'));
    store.close();
    copyFileSync(join(dir, 'saved-wal'), `${dataFile}-wal`);
    copyFileSync(join(dir, 'saved-shm'), `${dataFile}-shm`);

    restoreHubBackup({ backupFile, dataFile, newEpoch: 'e2' });
    expect(existsSync(`${dataFile}-wal`)).toBe(false);
    const restored = open(dataFile);
    expect(restored.pull('c', 0, 10).map((r) => r.id)).toEqual(['old']);
    restored.close();
  });

  it('restores onto a machine with no data file yet', () => {
    const dir = freshDir();
    const source = open(join(dir, 'old-pc.sqlite'));
    source.push('c', [{ assumedMasterState: null, newDocumentState: doc('a') }], author);
    source.backup(join(dir, 'b.sqlite'));
    source.close();
    restoreHubBackup({ backupFile: join(dir, 'b.sqlite'), dataFile: join(dir, 'new-pc.sqlite'), newEpoch: 'e-new' });
    const moved = open(join(dir, 'new-pc.sqlite'));
    expect(moved.get('c', ['a']).size).toBe(1);
    expect(moved.epoch).toBe('e-new');
    moved.close();
  });

  it('refuses to overwrite an existing backup file', () => {
    const dir = freshDir();
    const store = open(join(dir, 'hub.sqlite'));
    const target = join(dir, 'b.sqlite');
    writeFileSync(target, 'older backup');
    expect(() => store.backup(target)).toThrow(/已存在/);
    store.backup(join(dir, 'b2.sqlite'));
    expect(() => store.backup(join(dir, 'b2.sqlite'))).toThrow(/已存在/);
    store.close();
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('refuses while a store has the data file open, and leaves it untouched', () => {
    const dir = freshDir();
    const dataFile = join(dir, 'hub.sqlite');
    const store = open(dataFile);
    store.backup(join(dir, 'b.sqlite'));
    store.push('c', [{ assumedMasterState: null, newDocumentState: doc('live') }], author);
    expect(() => restoreHubBackup({ backupFile: join(dir, 'b.sqlite'), dataFile, newEpoch: 'e2' })).toThrow(/仍在使用中/);
    expect(store.get('c', ['live']).size).toBe(1);
    store.close();
  });

  it('refuses a missing, foreign or damaged backup and an unchanged epoch, leaving the data file as it was', () => {
    const dir = freshDir();
    const dataFile = join(dir, 'hub.sqlite');
    const store = open(dataFile);
    const { epoch } = store;
    store.push('c', [{ assumedMasterState: null, newDocumentState: doc('kept') }], author);
    store.backup(join(dir, 'good.sqlite'));
    store.close();
    writeFileSync(join(dir, 'junk.sqlite'), 'x'.repeat(4096));
    const attempt = (backupFile: string, newEpoch = 'e2') => () => restoreHubBackup({ backupFile, dataFile, newEpoch });
    expect(attempt(join(dir, 'absent.sqlite'))).toThrow(/找不到备份文件/);
    expect(attempt(join(dir, 'junk.sqlite'))).toThrow(/不是有效的销售台团队数据备份/);
    expect(attempt(join(dir, 'good.sqlite'), epoch)).toThrow(/新的 epoch/);
    expect(attempt(join(dir, 'good.sqlite'), '')).toThrow(/新的 epoch/);
    const after = open(dataFile);
    expect([after.epoch, after.get('c', ['kept']).size]).toEqual([epoch, 1]);
    after.close();
    expect(readdirSync(dir).filter((name) => name.includes('.restoring'))).toEqual([]);
  });
});
