import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { listBackups } from './hubBackups.ts';

// A damaged data file (truncated by a failing disk, a half-finished copy) must stop the hub: serving it
// would hand clients a partial team, and writing to it can spread the damage. The hub says which backup
// to restore and how.

const SQLITE_CORRUPT = 11;
const SQLITE_NOTADB = 26;

/** Where the hub keeps backups of `file` (startTeamHub: DATA/hub.sqlite beside DATA/backups). */
export const backupsDirOf = (file: string): string => join(dirname(file), 'backups');

/** The refusal: what is wrong, that the hub did not start, and the command that restores the newest backup. */
export function damagedStoreMessage(file: string, detail: string, backupsDir = backupsDirOf(file)): string {
  const newest = listBackups(backupsDir)[0];
  const restore = newest
    ? `请用最新的备份恢复：npm run hub -- --data "${dirname(file)}" --restore "${newest.file}"（最新备份 ${newest.name}）。恢复后，各台电脑会把备份之后的修改重新同步上来。`
    : `数据目录里没有备份（${backupsDir}）：请找回这个文件的副本；或把它移走后重新启动，建立新的团队服务器，再让各台电脑重新加入（它们会把本机的数据同步上来）。`;
  return `团队数据文件 ${file} 已损坏（${detail}），团队服务器没有启动，以免在损坏的文件上继续写入。${restore}`;
}

/** True for SQLite's "not a database" and "malformed" errors, the signs of a damaged file. */
export const isDamagedFileError = (error: unknown): boolean =>
  error instanceof Error && 'errcode' in error && (error.errcode === SQLITE_CORRUPT || error.errcode === SQLITE_NOTADB);

/**
 * Refuses a file emptied to 0 bytes while backups exist (SQLite would take it for a new, empty
 * database, and the hub would start a team with nothing in it). Run before the file is opened.
 */
export function refuseEmptiedFile(file: string): void {
  const size = statSync(file, { throwIfNoEntry: false })?.size;
  if (size === 0 && listBackups(backupsDirOf(file)).length > 0) throw new Error(damagedStoreMessage(file, '文件是空的（0 字节）'));
}

/** PRAGMA quick_check (every page and index entry, without cross-checking indexes: ~1 s per GB) on the open file. */
export function checkHubIntegrity(db: DatabaseSync, file: string): void {
  let problems: string[];
  try {
    problems = db.prepare('PRAGMA quick_check(3)').all().map((row) => String(row['quick_check']));
  } catch (error) {
    if (!isDamagedFileError(error)) throw error;
    problems = [error instanceof Error ? error.message : String(error)];
  }
  // A database file is whole pages; a cut inside the last page can read back as zeros that quick_check accepts.
  const pageSize = Number(db.prepare('PRAGMA page_size').get()?.['page_size'] ?? 0);
  const size = statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  if (pageSize > 0 && size % pageSize !== 0) problems = [...problems.filter((p) => p !== 'ok'), `文件长 ${size} 字节，不是整页（每页 ${pageSize} 字节），文件末尾被截掉了`];
  if (problems.length === 1 && problems[0] === 'ok') return;
  // quick_check reports several problems in one row, with a '*** in database main ***' banner.
  const lines = problems.flatMap((p) => p.split('\n')).filter((l) => l !== 'ok' && l !== '' && !l.startsWith('***'));
  throw new Error(damagedStoreMessage(file, `完整性检查：${lines.slice(0, 3).join('；')}`));
}
