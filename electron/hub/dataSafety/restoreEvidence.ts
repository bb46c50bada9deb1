import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import { canonicalJson } from '../../../shared/sync/canonicalJson.ts';

export type RestoreEvidence = {
  /** After a restore: the safety copy of what the hub held just before it. */
  use: (safetyBackupFile: string) => void;
  /**
   * Whether `doc` is exactly a record the hub held, accepted, just before the last restore. A rep's
   * desktop may then write it back although the record is a teammate's: it is the team's own accepted
   * data returning, not an edit (without this, a teammate's record created after the backup and kept
   * only on a rep's desktop could never come back).
   */
  vouches: (collection: string, doc: { id: string }) => boolean;
};

/**
 * Opened per question and closed at once: it is asked only for rows a member could not write otherwise,
 * and no handle is left on a backup the schedule may later prune (Windows cannot delete an open file).
 */
export const createRestoreEvidence = (): RestoreEvidence => {
  let file: string | null = null;
  return {
    use: (safetyBackupFile) => {
      file = safetyBackupFile;
    },
    vouches: (collection, doc) => {
      if (file === null || !existsSync(file)) return false;
      const url = pathToFileURL(file);
      url.searchParams.set('immutable', '1');
      const db = new DatabaseSync(url, { readOnly: true });
      try {
        const row = db.prepare('SELECT data FROM docs WHERE collection = ? AND id = ?').get(collection, doc.id);
        return row !== undefined && row['data'] === canonicalJson(doc);
      } finally {
        db.close();
      }
    },
  };
};
