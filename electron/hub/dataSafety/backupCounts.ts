import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DatabaseSync } from 'node:sqlite';

const cache = new Map<string, { key: string; counts: Record<string, number> | null }>();

const read = (file: string): Record<string, number> | null => {
  try {
    // immutable: a finished backup never changes, and nothing (no -shm, no lock) is written beside it.
    const url = pathToFileURL(file);
    url.searchParams.set('immutable', '1');
    const db = new DatabaseSync(url, { readOnly: true });
    try {
      const rows = db.prepare("SELECT collection, COUNT(*) AS n FROM docs WHERE json_extract(data, '$._deleted') = 0 GROUP BY collection").all();
      return Object.fromEntries(rows.map((r) => [String(r.collection), Number(r.n)]));
    } finally {
      db.close();
    }
  } catch {
    return null; // a damaged file shows without counts; restoring it is refused by its own checks
  }
};

/** Live records per collection in a backup file, remembered by name, size and time (backups never change). */
export const backupCounts = (file: string): { size: number; counts: Record<string, number> | null } => {
  const info = statSync(file);
  const key = `${info.size}:${info.mtimeMs}`;
  const hit = cache.get(file);
  if (hit?.key === key) return { size: info.size, counts: hit.counts };
  const counts = read(file);
  cache.set(file, { key, counts });
  return { size: info.size, counts };
};
