import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { StatementSync } from 'node:sqlite';
import { syncToDisk } from './syncToDisk.ts';

/**
 * Consistent copy of the open database (VACUUM INTO) at `file`. SQLite neither fsyncs the copy nor
 * makes it appear atomically, so it is written under a ".partial" name, synced, then renamed: a file
 * with the final name is always a complete backup, even after a power cut.
 */
export function writeBackup(vacuumInto: StatementSync, file: string): void {
  const target = resolve(file);
  refuseExisting(target);
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  rmSync(partial, { force: true }); // left over from an interrupted backup of the same name
  try {
    vacuumInto.run(partial);
    syncToDisk.file(partial);
    refuseExisting(target);
    renameSync(partial, target);
    syncToDisk.directory(dirname(target));
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

function refuseExisting(target: string): void {
  if (existsSync(target)) {
    throw new Error(`备份文件 ${target} 已存在，没有覆盖它。请换一个文件名，或先把旧备份移走。`);
  }
}
