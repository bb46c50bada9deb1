import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, type ArchiveRecord } from '../../../shared/dataSafety/archiveFormat.ts';
import type { CollectionName } from '../../../shared/db/collections.ts';
import { rowValues } from '../store/rowValues.ts';

const SHA = /^[0-9a-f]{64}$/;

/** Every stored attachment: DATA/blobs/<first two hex digits>/<sha256> (temporary uploads are skipped). */
export const listBlobs = (blobsDir: string): string[] => {
  if (!existsSync(blobsDir)) return [];
  return readdirSync(blobsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^[0-9a-f]{2}$/.test(d.name))
    .flatMap((d) => readdirSync(join(blobsDir, d.name)).filter((name) => SHA.test(name) && name.startsWith(d.name)))
    .sort();
};

const meta = (db: DatabaseSync, key: string): string => rowValues.text(db.prepare('SELECT value FROM meta WHERE key = ?').get(key) ?? { value: '' }, 'value');

/**
 * The team archive's records, read in one snapshot of the hub's database (a read transaction on its
 * own connection, so the hub keeps serving and writing meanwhile), then the attachment files.
 */
export function* teamArchiveRecords(dataFile: string, blobsDir: string, exportedAt: number): Generator<ArchiveRecord> {
  const db = new DatabaseSync(dataFile, { readOnly: true });
  const counts = { revisions: 0, docs: 0, blobs: 0 };
  try {
    db.exec('BEGIN');
    yield { t: 'header', format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, hubId: meta(db, 'hubId'), epoch: meta(db, 'epoch'), exportedAt };
    for (const row of db.prepare('SELECT seq, collection, id, data, member_id, device_id, at FROM revisions ORDER BY seq').iterate()) {
      counts.revisions += 1;
      yield {
        t: 'revision', seq: rowValues.integer(row, 'seq'), collection: rowValues.text(row, 'collection') as CollectionName, id: rowValues.text(row, 'id'),
        memberId: rowValues.text(row, 'member_id'), deviceId: rowValues.text(row, 'device_id'), at: rowValues.integer(row, 'at'),
        doc: JSON.parse(rowValues.text(row, 'data')) as { id: string; _deleted: boolean },
      };
    }
    for (const row of db.prepare('SELECT collection, seq, data FROM docs ORDER BY seq').iterate()) {
      counts.docs += 1;
      yield { t: 'doc', collection: rowValues.text(row, 'collection') as CollectionName, seq: rowValues.integer(row, 'seq'), doc: JSON.parse(rowValues.text(row, 'data')) as { id: string; _deleted: boolean } };
    }
    db.exec('COMMIT');
  } finally {
    db.close();
  }
  for (const sha of listBlobs(blobsDir)) {
    const bytes = readFileSync(join(blobsDir, sha.slice(0, 2), sha));
    counts.blobs += 1;
    yield { t: 'blob', sha256: sha, size: bytes.length, base64: bytes.toString('base64') };
  }
  yield { t: 'end', counts };
}
