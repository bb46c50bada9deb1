import type { DatabaseSync } from 'node:sqlite';
import { immediateTransaction } from './immediateTransaction.ts';
import { rowValues } from './rowValues.ts';

export type HubIdentity = { hubId: string; epoch: string };

/**
 * Version 1. Invariants the store relies on:
 * - docs.data and revisions.data are canonical JSON (canonicalJson.ts), so equality is text equality;
 * - revisions.seq (AUTOINCREMENT) is the replication checkpoint: assigned in commit order, never reused,
 *   even after a rollback or a deleted last row;
 * - docs.seq is the seq of the document's newest revision (the foreign key keeps it pointing at one).
 */
const createV1 = `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT, WITHOUT ROWID;
  CREATE TABLE revisions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    collection TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL,
    member_id TEXT NOT NULL, device_id TEXT NOT NULL, at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX revisions_by_doc ON revisions (collection, id, seq);
  CREATE TABLE docs (
    collection TEXT NOT NULL, id TEXT NOT NULL,
    seq INTEGER NOT NULL REFERENCES revisions (seq),
    data TEXT NOT NULL,
    PRIMARY KEY (collection, id)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX docs_by_seq ON docs (collection, seq);
  CREATE TABLE tokens (
    token_hash TEXT PRIMARY KEY, member_id TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'rep')),
    device_name TEXT NOT NULL, created_at INTEGER NOT NULL, revoked_at INTEGER
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX tokens_by_member ON tokens (member_id);
  CREATE TABLE join_codes (
    code TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'rep')),
    created_by TEXT NOT NULL, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, used_at INTEGER
  ) STRICT, WITHOUT ROWID;
`;

/**
 * Version 2: the 审计 view pages revisions newest first by time, for everyone or one member (rowid = seq
 * rides along in each index), 回收站 reads the trashed or purged masters through a partial index, and
 * `devices` names the desktop (as named when joining) behind each revision's device id.
 */
const auditIndexesV2 = `
  CREATE INDEX revisions_by_at ON revisions (at);
  CREATE INDEX revisions_by_member_at ON revisions (member_id, at);
  CREATE INDEX docs_in_bin ON docs (collection, seq)
    WHERE json_extract(data, '$.trashed') = 1 OR json_extract(data, '$._deleted') = 1;
  CREATE TABLE devices (
    device_id TEXT PRIMARY KEY, member_id TEXT NOT NULL, device_name TEXT NOT NULL, seen_at INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID;
`;

/**
 * Version 3: 销售只看自己的客户 finds a rep's customers and follow-ups through indexes on who owns a record
 * and which customer a follow-up is of (visibilityQueries.ts repeats these expressions word for word).
 */
const visibilityIndexesV3 = `
  CREATE INDEX docs_by_owner ON docs (collection, json_extract(data, '$.ownerId'));
  CREATE INDEX followups_by_customer ON docs (json_extract(data, '$.customerId')) WHERE collection = 'followups';
`;

/** migrations[n] turns schema version n into n + 1; append, never edit a shipped one. */
const migrations: readonly string[] = [createV1, auditIndexesV2, visibilityIndexesV3];

export const HUB_SCHEMA_VERSION = migrations.length;

/** Brings the file to the current schema and returns its identity (creating it on first open). */
export function migrateHubSchema(db: DatabaseSync, newId: () => string): HubIdentity {
  return immediateTransaction(db, () => {
    const from = schemaVersionOf(db);
    if (from > HUB_SCHEMA_VERSION) {
      throw new Error(`此团队数据文件由更新版本的销售台创建（数据版本 ${from}），请先把本机的销售台升级到最新版本再打开。`);
    }
    migrations.slice(from).forEach((sql, index) => {
      db.exec(sql);
      writeMeta(db, 'schema_version', String(from + index + 1));
    });
    return { hubId: ensureMeta(db, 'hubId', newId), epoch: ensureMeta(db, 'epoch', newId) };
  });
}

function schemaVersionOf(db: DatabaseSync): number {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all().map((row) => row.name);
  if (!tables.includes('meta')) {
    // Never create our tables inside somebody else's database.
    if (tables.length > 0) throw new Error('这个文件不是销售台团队数据文件，请检查 --data 指定的目录。');
    return 0;
  }
  const version = Number(readMeta(db, 'schema_version'));
  if (!Number.isInteger(version) || version < 1) throw new Error('团队数据文件缺少版本信息，请从最近的备份恢复。');
  return version;
}

function ensureMeta(db: DatabaseSync, key: string, newId: () => string): string {
  const existing = readMeta(db, key);
  if (existing !== null) return existing;
  const value = newId();
  writeMeta(db, key, value);
  return value;
}

function readMeta(db: DatabaseSync, key: string): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key);
  return row === undefined ? null : rowValues.text(row, 'value');
}

function writeMeta(db: DatabaseSync, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
