import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { openHubFiles } from './openHubFiles.ts';
import { syncToDisk } from './syncToDisk.ts';

/**
 * Replaces the hub's data file with a copy of `backupFile` carrying `newEpoch` (hubId unchanged), so
 * every client sees a new replication id and re-pushes what the backup lacks.
 *
 * Close every store on `dataFile` first (in every process): a live connection would keep writing to
 * the replaced file. Stores open in this process are detected and refused.
 *
 * The copy is checked and stamped with the new epoch under a temporary name, then renamed over the
 * data file, so a crash leaves either the old data or the complete restore, never a restored file
 * with the old epoch (clients would then keep checkpoints that are "ahead" and never re-push).
 */
export function restoreHubBackup(options: { backupFile: string; dataFile: string; newEpoch: string }): void {
  const dataFile = resolve(options.dataFile);
  if (openHubFiles.isOpen(dataFile)) throw new Error('团队数据文件仍在使用中。请先停止团队服务，再从备份恢复。');
  if (!existsSync(options.backupFile)) throw new Error(`找不到备份文件 ${options.backupFile}，请检查路径后重试。`);
  const staged = `${dataFile}.restoring`;
  removeDatabaseFiles(staged); // left over from an interrupted restore
  try {
    copyFileSync(options.backupFile, staged);
    stampEpoch(staged, options.backupFile, options.newEpoch);
    syncToDisk.file(staged);
    // A -wal left beside the data file would be replayed onto the restored copy and corrupt it.
    removeSidecars(dataFile);
    renameSync(staged, dataFile);
    syncToDisk.directory(dirname(dataFile));
  } catch (error) {
    removeDatabaseFiles(staged);
    throw error;
  }
}

function stampEpoch(file: string, backupFile: string, newEpoch: string): void {
  const db = new DatabaseSync(file);
  try {
    // Rollback journal while we write, so the staged copy stays one self-contained file.
    db.exec('PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;');
    const check = db.prepare('PRAGMA integrity_check').all().map((row) => row.integrity_check);
    if (check.length !== 1 || check[0] !== 'ok') throw notABackup(backupFile, '完整性检查未通过');
    const old = db.prepare("SELECT value FROM meta WHERE key = 'epoch'").get();
    if (old === undefined) throw notABackup(backupFile, '缺少 epoch');
    if (newEpoch === '' || old.value === newEpoch) throw new Error('恢复备份需要一个新的 epoch（不能为空或与备份相同）。');
    db.prepare("UPDATE meta SET value = ? WHERE key = 'epoch'").run(newEpoch);
  } catch (error) {
    if (error instanceof Error && error.message.includes('file is not a database')) throw notABackup(backupFile, '不是 SQLite 文件');
    if (error instanceof Error && error.message.includes('no such table')) throw notABackup(backupFile, '缺少 meta 表');
    throw error;
  } finally {
    db.close();
  }
}

function notABackup(backupFile: string, reason: string): Error {
  return new Error(`${backupFile} 不是有效的销售台团队数据备份（${reason}），数据文件未改动。请选择另一个备份。`);
}

function removeDatabaseFiles(file: string): void {
  rmSync(file, { force: true });
  removeSidecars(file);
}

function removeSidecars(file: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}
