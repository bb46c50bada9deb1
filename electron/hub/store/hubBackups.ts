import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The hub's backups folder. Backups are named salesdesk-YYYYMMDD-HHMMSS.sqlite in local time: people
// pick them by name, and the name sorts chronologically. Incomplete copies end in ".partial" and are
// never listed.

/** Why a backup was taken, kept in its name; 'other' is a backup named before kinds existed. */
export type HubBackupKind = 'daily' | 'manual' | 'prerestore' | 'other';

/** One backup in the folder; `takenAt` and `kind` are read back from its name (local time, epoch ms). */
export type HubBackup = { file: string; name: string; takenAt: number; kind: HubBackupKind };

const BACKUP_NAME = /^salesdesk-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(daily|manual|prerestore))?\.sqlite$/;

export const DEFAULT_BACKUPS_KEPT = 14;

/** File name for a backup taken at `at` (epoch ms; the caller's clock, not Date.now()), with its kind when given. */
export function backupFileName(at: number, kind?: Exclude<HubBackupKind, 'other'>): string {
  const d = new Date(at);
  const two = (n: number): string => String(n).padStart(2, '0');
  const date = `${d.getFullYear()}${two(d.getMonth() + 1)}${two(d.getDate())}`;
  return `salesdesk-${date}-${two(d.getHours())}${two(d.getMinutes())}${two(d.getSeconds())}${kind ? `-${kind}` : ''}.sqlite`;
}

/** Backups in `dir`, newest first; an absent folder has none. */
export function listBackups(dir: string): HubBackup[] {
  const backups = namesIn(dir).flatMap((name) => {
    const match = BACKUP_NAME.exec(name);
    if (match === null) return [];
    const [year = 0, month = 1, day, hour, minute, second] = match.slice(1, 7).map(Number);
    const kind = (match[7] ?? 'other') as HubBackupKind;
    return [{ file: join(dir, name), name, takenAt: new Date(year, month - 1, day, hour, minute, second).getTime(), kind }];
  });
  return backups.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/** Deletes all but the newest `keep` backups; returns the deleted files. */
export function pruneBackups(dir: string, keep = DEFAULT_BACKUPS_KEPT): string[] {
  if (!Number.isInteger(keep) || keep < 1) throw new RangeError(`保留的备份份数必须是正整数（收到 ${keep}），请修改设置。`);
  const doomed = listBackups(dir).slice(keep).map((backup) => backup.file);
  for (const file of doomed) rmSync(file, { force: true });
  return doomed;
}

function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
    throw error;
  }
}
