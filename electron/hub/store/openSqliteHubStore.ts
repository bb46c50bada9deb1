import { DatabaseSync } from 'node:sqlite';
import type { HubStore, MasterRow, ReplicatedDoc, Revision } from './HubStore.ts';
import { authRows } from './authRows.ts';
import { checkHubIntegrity, damagedStoreMessage, isDamagedFileError, refuseEmptiedFile } from './checkHubIntegrity.ts';
import { createAuditQueries } from './auditQueries.ts';
import { migrateHubSchema, type HubIdentity } from './hubSchema.ts';
import { prepareHubStatements, type HubStatements } from './hubStatements.ts';
import { immediateTransaction } from './immediateTransaction.ts';
import { openHubFiles } from './openHubFiles.ts';
import { pushRows } from './pushRows.ts';
import { replicatedDocJson } from './replicatedDocJson.ts';
import { rowValues } from './rowValues.ts';
import { createVisibilityQueries } from './visibilityQueries.ts';
import { writeBackup } from './writeBackup.ts';

const BUSY_TIMEOUT_MS = 5000;

export type OpenHubStoreOptions = {
  file: string;
  newId: () => string;
  /** Sees the connection once it is set up (the fault suite fills the disk with PRAGMA max_page_count). */
  onOpen?: (db: DatabaseSync) => void;
};

/**
 * Opens (creating or migrating) the hub's SQLite file. One process may open a file more than once.
 * A damaged file is refused with the command that restores the newest backup (checkHubIntegrity.ts).
 */
export function openSqliteHubStore(options: OpenHubStoreOptions): HubStore {
  refuseEmptiedFile(options.file);
  const db = openDatabase(options.file);
  try {
    checkHubIntegrity(db, options.file);
    options.onOpen?.(db);
    const identity = migrateHubSchema(db, options.newId);
    return createStore(db, identity, openHubFiles.track(options.file));
  } catch (error) {
    db.close();
    throw error;
  }
}

function openDatabase(file: string): DatabaseSync {
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(file);
    // WAL + FULL: a push acknowledged to a client survives a crash or power cut; readers never block the writer.
    db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}; PRAGMA journal_mode = WAL;
      PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;`);
    return db;
  } catch (error) {
    db?.close();
    const reason = error instanceof Error ? error.message : String(error);
    if (isDamagedFileError(error)) throw new Error(damagedStoreMessage(file, reason), { cause: error });
    throw new Error(`无法打开团队数据文件 ${file}（${reason}）。请确认路径正确、磁盘可写、文件没有损坏；必要时从备份恢复。`, { cause: error });
  }
}

function createStore(db: DatabaseSync, identity: HubIdentity, release: () => void): HubStore {
  const statements = prepareHubStatements(db);
  let closed = false;
  return {
    epoch: identity.epoch,
    hubId: identity.hubId,
    pull: (collection, afterSeq, limit) => pullMasters(statements, collection, afterSeq, limit),
    pullJson: (collection, afterSeq, limit) =>
      selectAfter(statements, collection, afterSeq, limit).map((row) => ({ seq: rowValues.integer(row, 'seq'), json: rowValues.text(row, 'data') })),
    get: (collection, ids) => getMasters(statements, collection, ids),
    push: (collection, rows, author) =>
      rows.length === 0 ? { conflicts: [], written: [] } : immediateTransaction(db, () => pushRows(statements, collection, rows, author)),
    history: (collection, id) => readHistory(statements, collection, id),
    revisionAt: (collection, id, seq) => {
      const row = statements.selectRevisionAt.get(collection, id, seq);
      return row === undefined ? null : replicatedDocJson.parse(rowValues.text(row, 'data'));
    },
    audit: createAuditQueries(db),
    visibility: createVisibilityQueries(db),
    maxSeq: () => {
      const row = statements.selectMaxSeq.get();
      return row === undefined ? 0 : rowValues.integer(row, 'seq');
    },
    putToken: (r) => insertOnce(() => statements.insertToken.run(r.tokenHash, r.memberId, r.role, r.deviceName, r.createdAt, r.revokedAt)),
    findToken: (tokenHash) => {
      const row = statements.selectToken.get(tokenHash);
      return row === undefined ? null : authRows.token(row);
    },
    revokeMember: (memberId, at) => Number(statements.revokeMember.run(at, memberId).changes),
    putJoinCode: (r) => insertOnce(() => statements.insertJoinCode.run(r.code, r.role, r.createdBy, r.createdAt, r.expiresAt, r.usedAt)),
    consumeJoinCode: (code, at) => {
      const [row] = statements.consumeJoinCode.all(at, code, at);
      return row === undefined ? null : authRows.joinCode(row);
    },
    backup: (file) => writeBackup(statements.vacuumInto, file),
    close: () => {
      if (closed) return;
      closed = true;
      db.exec('PRAGMA optimize');
      db.close();
      release();
    },
  };
}

function selectAfter(statements: HubStatements, collection: string, afterSeq: number, limit: number) {
  // NaN would bind as NULL (silently empty) and a negative LIMIT means "no limit" in SQLite.
  if (!Number.isFinite(afterSeq) || !Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`拉取参数无效（afterSeq=${afterSeq}，limit=${limit}），请升级客户端后重试。`);
  }
  return statements.selectAfter.all(collection, afterSeq, limit);
}

function pullMasters(statements: HubStatements, collection: string, afterSeq: number, limit: number): MasterRow[] {
  return selectAfter(statements, collection, afterSeq, limit).map((row) => ({
    collection,
    id: rowValues.text(row, 'id'),
    seq: rowValues.integer(row, 'seq'),
    doc: replicatedDocJson.parse(rowValues.text(row, 'data')),
  }));
}

function getMasters(statements: HubStatements, collection: string, ids: readonly string[]): Map<string, ReplicatedDoc> {
  const found = new Map<string, ReplicatedDoc>();
  if (ids.length === 0) return found;
  for (const row of statements.selectMasters.all(collection, JSON.stringify(ids))) {
    found.set(rowValues.text(row, 'id'), replicatedDocJson.parse(rowValues.text(row, 'data')));
  }
  return found;
}

function readHistory(statements: HubStatements, collection: string, id: string): Revision[] {
  return statements.selectHistory.all(collection, id).map((row) => ({
    collection,
    id,
    seq: rowValues.integer(row, 'seq'),
    doc: replicatedDocJson.parse(rowValues.text(row, 'data')),
    memberId: rowValues.text(row, 'member_id'),
    deviceId: rowValues.text(row, 'device_id'),
    at: rowValues.integer(row, 'at'),
  }));
}

const SQLITE_CONSTRAINT_PRIMARYKEY = 1555;

/** Tokens and join codes are never overwritten: a duplicate could revive a revoked token or a used code. */
function insertOnce(insert: () => unknown): void {
  try {
    insert();
  } catch (error) {
    if (error instanceof Error && 'errcode' in error && error.errcode === SQLITE_CONSTRAINT_PRIMARYKEY) {
      throw new Error('该令牌或加入码已存在，没有覆盖。请重新生成后再试。', { cause: error });
    }
    throw error;
  }
}
