import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { MasterRow, Revision } from './HubStore.ts';
import { replicatedDocJson } from './replicatedDocJson.ts';
import { rowValues } from './rowValues.ts';

/** Revisions newest first within [from, to), after the cursor (the previous page's last row). */
export type RevisionFilter = {
  memberId?: string;
  /** Empty: every collection. */
  collections: readonly string[];
  from: number;
  to: number;
  before?: { at: number; seq: number };
  limit: number;
};

/** A master in 回收站 (trashed) or purged (`_deleted`), with who wrote that revision and when. */
export type BinnedMaster = MasterRow & { memberId: string; at: number };

export type AuditQueries = {
  revisions: (filter: RevisionFilter) => Revision[];
  countRevisions: (filter: Omit<RevisionFilter, 'before' | 'limit'>) => number;
  binned: (collection: string | undefined, limit: number) => BinnedMaster[];
  noteDevice: (deviceId: string, tokenHash: string, at: number) => void;
  deviceNames: () => Record<string, string>;
};

// Must repeat the partial index's WHERE (hubSchema v2) word for word, or SQLite scans every document.
const IN_BIN = "(json_extract(d.data, '$.trashed') = 1 OR json_extract(d.data, '$._deleted') = 1)";

/** The SQL for one combination of filters: each variant keeps an index usable (no "? IS NULL OR" tricks). */
const revisionSql = (byMember: boolean, byCollection: boolean, count: boolean): string => {
  const where = [
    'at >= ?',
    count ? 'at < ?' : '(at < ? OR (at = ? AND seq < ?)) AND at <= ?',
    ...(byMember ? ['member_id = ?'] : []),
    ...(byCollection ? ['collection IN (SELECT value FROM json_each(?))'] : []),
  ].join(' AND ');
  return count
    ? `SELECT count(*) AS n FROM revisions WHERE ${where}`
    : `SELECT seq, collection, id, data, member_id, device_id, at FROM revisions WHERE ${where} ORDER BY at DESC, seq DESC LIMIT ?`;
};

/** The 审计 and 回收站 reads, prepared on first use (most hubs never open them). */
export const createAuditQueries = (db: DatabaseSync): AuditQueries => {
  const cache = new Map<string, StatementSync>();
  const prepared = (sql: string) => {
    let statement = cache.get(sql);
    if (!statement) cache.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  const filterArgs = (f: Omit<RevisionFilter, 'before' | 'limit'>) => [
    ...(f.memberId !== undefined ? [f.memberId] : []),
    ...(f.collections.length ? [JSON.stringify(f.collections)] : []),
  ];
  return {
    revisions: (f) => {
      const cursor = f.before ?? { at: f.to, seq: 0 };
      // The first page has no row at `to` to continue from: `to` is exclusive.
      const upper = f.before ? cursor.at : f.to - 1;
      const sql = revisionSql(f.memberId !== undefined, f.collections.length > 0, false);
      return prepared(sql).all(f.from, cursor.at, cursor.at, cursor.seq, upper, ...filterArgs(f), f.limit).map(revisionOf);
    },
    countRevisions: (f) => {
      const row = prepared(revisionSql(f.memberId !== undefined, f.collections.length > 0, true)).get(f.from, f.to, ...filterArgs(f));
      return row === undefined ? 0 : rowValues.integer(row, 'n');
    },
    binned: (collection, limit) => {
      const sql = `SELECT d.collection, d.id, d.seq, d.data, r.member_id, r.at FROM docs d JOIN revisions r ON r.seq = d.seq
        WHERE ${IN_BIN}${collection ? ' AND d.collection = ?' : ''} ORDER BY d.seq DESC LIMIT ?`;
      return prepared(sql).all(...(collection ? [collection] : []), limit).map((row) => ({
        collection: rowValues.text(row, 'collection'),
        id: rowValues.text(row, 'id'),
        seq: rowValues.integer(row, 'seq'),
        doc: replicatedDocJson.parse(rowValues.text(row, 'data')),
        memberId: rowValues.text(row, 'member_id'),
        at: rowValues.integer(row, 'at'),
      }));
    },
    noteDevice: (deviceId, tokenHash, at) => {
      prepared(`INSERT INTO devices (device_id, member_id, device_name, seen_at)
        SELECT ?, member_id, device_name, ? FROM tokens WHERE token_hash = ?
        ON CONFLICT (device_id) DO UPDATE SET member_id = excluded.member_id, device_name = excluded.device_name, seen_at = excluded.seen_at`).run(deviceId, at, tokenHash);
    },
    deviceNames: () =>
      Object.fromEntries(prepared('SELECT device_id, device_name FROM devices').all().map((row) => [rowValues.text(row, 'device_id'), rowValues.text(row, 'device_name')])),
  };
};

const revisionOf = (row: Record<string, unknown>): Revision => ({
  collection: rowValues.text(row, 'collection'),
  id: rowValues.text(row, 'id'),
  seq: rowValues.integer(row, 'seq'),
  doc: replicatedDocJson.parse(rowValues.text(row, 'data')),
  memberId: rowValues.text(row, 'member_id'),
  deviceId: rowValues.text(row, 'device_id'),
  at: rowValues.integer(row, 'at'),
});
