import { DatabaseSync } from 'node:sqlite';
import { makeHubBackup } from '../hubBackupSchedule.ts';
import { DEFAULT_BACKUPS_KEPT, listBackups, pruneBackups, type HubBackup } from '../store/hubBackups.ts';
import type { HubStore } from '../store/HubStore.ts';
import { restoreHubBackup } from '../store/restoreHubBackup.ts';
import type { SwappableHubStore } from '../store/swappableHubStore.ts';

export type RestoreInPlaceDeps = {
  store: SwappableHubStore;
  dataFile: string;
  backupsDir: string;
  now: () => number;
  newId: () => string;
  /** Opens the hub's data file again (the same way the hub opened it at start). */
  reopen: () => HubStore;
  /** Drops every sync socket, so each desktop reconnects and meets the new epoch. */
  disconnectAll: () => void;
};

export type RestoreOutcome = { restored: string; safetyBackup: string; epoch: string };

/**
 * Sign-ins are not team data: a restore keeps today's tokens, revocations, join codes and device
 * names (from the safety copy just taken), so nobody who joined since the backup is locked out and no
 * revoked desktop comes back.
 */
const carryOverAccess = (dataFile: string, safetyFile: string): void => {
  const db = new DatabaseSync(dataFile);
  try {
    db.prepare('ATTACH DATABASE ? AS now_').run(safetyFile);
    const tables = db.prepare("SELECT name FROM now_.sqlite_schema WHERE type = 'table' AND name IN ('tokens', 'join_codes', 'devices')").all();
    const here = new Set(db.prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table'").all().map((r) => String(r.name)));
    db.exec('BEGIN IMMEDIATE');
    for (const { name } of tables) {
      if (!here.has(String(name))) continue;
      db.exec(`DELETE FROM main.${String(name)}; INSERT INTO main.${String(name)} SELECT * FROM now_.${String(name)};`);
    }
    db.exec('COMMIT');
    db.exec('DETACH DATABASE now_');
  } finally {
    db.close();
  }
};

/**
 * 恢复 from the 数据安全 panel: the hub swaps its database for a backup while it keeps serving on the
 * same port. A safety backup (恢复前) is taken first; the store is closed, the backup copied in with a
 * new epoch, reopened, and every sync socket dropped so desktops reconnect, see the new epoch and
 * re-push whatever the backup lacks. A backup that fails its checks leaves the data as it was.
 */
export const restoreInPlace = (deps: RestoreInPlaceDeps, name: string, restoredFrom: (safetyFile: string) => void = () => undefined): RestoreOutcome => {
  const chosen = listBackups(deps.backupsDir).find((b) => b.name === name);
  if (!chosen) throw new Error(`找不到备份 ${name}，它可能已被自动清理。请刷新备份列表后重选。`);
  // No pruning yet: the oldest kept backup may be the one being restored.
  const safety: HubBackup = makeHubBackup(deps.store, deps.backupsDir, deps.now(), 'prerestore', false);
  const before = deps.store.epoch;
  deps.store.close();
  let failure: unknown = null;
  try {
    restoreHubBackup({ backupFile: chosen.file, dataFile: deps.dataFile, newEpoch: deps.newId() });
    carryOverAccess(deps.dataFile, safety.file);
  } catch (error) {
    failure = error;
  }
  deps.store.swap(deps.reopen()); // restored, or untouched when the backup failed its checks
  if (deps.store.epoch !== before) {
    restoredFrom(safety.file); // before the desktops reconnect and re-push
    deps.disconnectAll();
  }
  if (failure !== null) throw failure;
  pruneBackups(deps.backupsDir, DEFAULT_BACKUPS_KEPT);
  return { restored: chosen.name, safetyBackup: safety.name, epoch: deps.store.epoch };
};
