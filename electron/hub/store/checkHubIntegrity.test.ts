import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteHubStore } from './openSqliteHubStore.ts';

let dir: string;
let file: string;
let n = 0;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hub-integrity-'));
  file = join(dir, 'hub.sqlite');
  const store = openSqliteHubStore({ file, newId: () => `id-${n++}` });
  for (let i = 0; i < 400; i++) {
    store.push('followups', [{ assumedMasterState: null, newDocumentState: { id: `f${i}`, _deleted: false, summary: '电话沟通，客户要报价'.repeat(10) } }], { memberId: 'm', deviceId: 'd', at: i });
  }
  store.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const backupAs = (name: string) => {
  mkdirSync(join(dir, 'backups'), { recursive: true });
  copyFileSync(file, join(dir, 'backups', name));
};
const open = () => openSqliteHubStore({ file, newId: () => 'new' });

describe('a damaged hub data file is refused with the backup to restore', () => {
  it('opens an intact file', () => {
    const store = open();
    expect(store.get('followups', ['f399']).size).toBe(1);
    store.close();
  });

  for (const [name, cut] of [['half the file', (size: number) => Math.floor(size / 2 / 4096) * 4096], ['inside the header', () => 50], ['inside the last page', (size: number) => size - 100]] as const) {
    it(`refuses a file truncated ${name}, naming the newest backup and the restore command`, () => {
      backupAs('salesdesk-20261201-020000-daily.sqlite');
      backupAs('salesdesk-20261202-020000-daily.sqlite');
      truncateSync(file, cut(statSync(file).size));
      expect(open).toThrow(/^团队数据文件 .* 已损坏（.+），团队服务器没有启动/);
      expect(open).toThrow(`npm run hub -- --data "${dir}" --restore "${join(dir, 'backups', 'salesdesk-20261202-020000-daily.sqlite')}"`);
    });
  }

  it('says there is no backup when the folder has none', () => {
    truncateSync(file, 8192);
    expect(open).toThrow('数据目录里没有备份');
  });

  it('refuses a file emptied to 0 bytes when backups exist, instead of starting an empty team', () => {
    backupAs('salesdesk-20261202-020000-manual.sqlite');
    truncateSync(file, 0);
    expect(open).toThrow('文件是空的（0 字节）');
    expect(statSync(file).size).toBe(0); // nothing was written over it
  });
});
