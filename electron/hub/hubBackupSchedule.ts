import { join } from 'node:path';
import { backupFileName, DEFAULT_BACKUPS_KEPT, listBackups, pruneBackups, type HubBackup, type HubBackupKind } from './store/hubBackups.ts';
import type { HubStore } from './store/HubStore.ts';

const DAY_MS = 24 * 3600_000;
const CHECK_EVERY_MS = 3600_000;

/**
 * A consistent copy of the hub now, keeping the newest 14. `prune: false` keeps every older one (the
 * safety copy before a restore must not delete the backup about to be restored).
 */
export const makeHubBackup = (store: HubStore, dir: string, now: number, kind: Exclude<HubBackupKind, 'other'> = 'manual', prune = true): HubBackup => {
  const name = backupFileName(now, kind);
  store.backup(join(dir, name));
  if (prune) pruneBackups(dir, DEFAULT_BACKUPS_KEPT);
  return { file: join(dir, name), name, takenAt: now, kind };
};

/** Daily backups: one at start-up if the newest is a day old (or none), then checked hourly. */
export const startDailyBackups = (store: HubStore, dir: string, now: () => number, log: (m: string) => void): (() => void) => {
  const check = () => {
    if (store.maxSeq() === 0) return; // nothing to keep yet
    const newest = listBackups(dir)[0];
    if (newest && now() - newest.takenAt < DAY_MS) return;
    try {
      log(`已自动备份：${makeHubBackup(store, dir, now(), 'daily').name}`);
    } catch (err) {
      log(`自动备份失败：${err instanceof Error ? err.message : String(err)}。请检查磁盘空间和数据目录权限。`);
    }
  };
  check();
  const timer = setInterval(check, CHECK_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
};
