import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupFileName, DEFAULT_BACKUPS_KEPT, listBackups, pruneBackups } from './hubBackups.ts';

const root = mkdtempSync(join(tmpdir(), 'hub-backups-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let dirCount = 0;
const freshDir = (): string => {
  const dir = join(root, `b${(dirCount += 1)}`);
  mkdirSync(dir);
  return dir;
};
const DAY = 86_400_000;
const start = new Date(2026, 10, 1, 23, 30, 5).getTime(); // local time, so the name does not depend on TZ

describe('hubBackups', () => {
  it('names a backup by its local time', () => {
    expect(backupFileName(new Date(2026, 10, 5, 9, 3, 7).getTime())).toBe('salesdesk-20261105-090307.sqlite');
    expect(backupFileName(new Date(2027, 0, 1, 0, 0, 0).getTime())).toBe('salesdesk-20270101-000000.sqlite');
  });

  it('keeps why a backup was taken in its name', () => {
    const dir = freshDir();
    const at = new Date(2026, 10, 5, 9, 3, 7).getTime();
    expect(backupFileName(at, 'prerestore')).toBe('salesdesk-20261105-090307-prerestore.sqlite');
    for (const kind of ['daily', 'manual', 'prerestore'] as const) writeFileSync(join(dir, backupFileName(at + 1000 * ['daily', 'manual', 'prerestore'].indexOf(kind), kind)), '');
    writeFileSync(join(dir, backupFileName(at - 1000)), '');
    writeFileSync(join(dir, 'salesdesk-20261105-090310-weekly.sqlite'), '');
    expect(listBackups(dir).map((b) => [b.kind, b.takenAt - at])).toEqual([['prerestore', 2000], ['manual', 1000], ['daily', 0], ['other', -1000]]);
  });

  it('lists backups newest first with their time, ignoring other files', () => {
    const dir = freshDir();
    for (const at of [start + DAY, start, start + 2 * DAY]) writeFileSync(join(dir, backupFileName(at)), '');
    for (const other of ['notes.txt', `${backupFileName(start + 3 * DAY)}.partial`, 'salesdesk-2026-11-01.sqlite']) {
      writeFileSync(join(dir, other), '');
    }
    const listed = listBackups(dir);
    expect(listed.map((b) => b.takenAt)).toEqual([start + 2 * DAY, start + DAY, start]);
    expect(listed[0]?.file).toBe(join(dir, backupFileName(start + 2 * DAY)));
    expect(listBackups(join(dir, 'absent'))).toEqual([]);
  });

  it(`keeps the newest ${DEFAULT_BACKUPS_KEPT} by default and deletes only backups`, () => {
    const dir = freshDir();
    const times = Array.from({ length: 20 }, (_, i) => start + i * DAY + i * 1000);
    for (const at of [...times].reverse()) writeFileSync(join(dir, backupFileName(at)), 'x');
    writeFileSync(join(dir, 'keep-me.txt'), '');
    const removed = pruneBackups(dir);
    expect(removed.sort()).toEqual(times.slice(0, 6).map((at) => join(dir, backupFileName(at))).sort());
    expect(listBackups(dir).map((b) => b.takenAt)).toEqual(times.slice(6).reverse());
    expect(readdirSync(dir)).toContain('keep-me.txt');
    expect(pruneBackups(dir)).toEqual([]);
  });

  it('keeps a chosen number and refuses to keep none', () => {
    const dir = freshDir();
    for (let i = 0; i < 4; i += 1) writeFileSync(join(dir, backupFileName(start + i * 1000)), '');
    expect(pruneBackups(dir, 1)).toHaveLength(3);
    expect(listBackups(dir).map((b) => b.takenAt)).toEqual([start + 3000]);
    expect(() => pruneBackups(dir, 0)).toThrow(RangeError);
    expect(() => pruneBackups(dir, 2.5)).toThrow(RangeError);
  });
});
