import type { DatabaseSync } from 'node:sqlite';

/**
 * Runs `work` inside BEGIN IMMEDIATE … COMMIT. IMMEDIATE takes the write lock up front, so reads made
 * inside `work` cannot go stale before the commit (another process would wait on busy_timeout, not
 * interleave). Any throw, including a failed COMMIT, rolls everything back and is rethrown.
 */
export function immediateTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    try {
      db.exec('ROLLBACK');
    } catch {
      // SQLite already rolled back by itself (e.g. after an I/O error); the original error matters.
    }
    throw error;
  }
}
