import type { Role } from '../../../shared/domain/roles.ts';
import type { VisibilityQueries } from './visibilityQueries.ts';
import type { AuditQueries } from './auditQueries.ts';

/** A document as replicated: the collection's fields plus RxDB's `_deleted` (no _rev/_meta/_attachments). */
export type ReplicatedDoc = { id: string; _deleted: boolean } & Record<string, unknown>;

/** The current master of one document and the hub sequence number of its last accepted revision. */
export type MasterRow = { collection: string; id: string; seq: number; doc: ReplicatedDoc };

/** Who wrote a revision, from which desktop, when (hub clock, epoch ms). */
export type Author = { memberId: string; deviceId: string; at: number };

/** One accepted revision; the hub keeps all of them (history, undelete). */
export type Revision = MasterRow & Author;

/** RxDB's push row: what the client believes the master is, and what it wants it to become. */
export type PushRow = { assumedMasterState: ReplicatedDoc | null; newDocumentState: ReplicatedDoc };

export type PushOutcome = {
  /** Current masters for rows whose assumption was stale (RxDB master-write semantics). */
  conflicts: ReplicatedDoc[];
  /** Rows written, in commit order, each with its new sequence number. */
  written: MasterRow[];
};

export type TokenRecord = {
  /** SHA-256 of the bearer token, hex; the token itself is never stored. */
  tokenHash: string;
  memberId: string;
  role: Role;
  deviceName: string;
  createdAt: number;
  revokedAt: number | null;
};

export type JoinCodeRecord = { code: string; role: Role; createdBy: string; createdAt: number; expiresAt: number; usedAt: number | null };

/**
 * The hub's storage. SQLite (node:sqlite) is the embedded default; the interface is small and
 * synchronous-per-call so a PostgreSQL store can replace it later.
 */
export type HubStore = {
  /** Changes whenever the database is restored from a backup; part of every client's replication id. */
  readonly epoch: string;
  /** Stable id of this team hub (kept across restores). */
  readonly hubId: string;
  /** Masters of `collection` with seq > afterSeq, ascending by seq, at most `limit`. */
  pull: (collection: string, afterSeq: number, limit: number) => MasterRow[];
  /** The same as `pull`, but each document as its stored JSON text (the hot path: no parse, no re-serialize). */
  pullJson: (collection: string, afterSeq: number, limit: number) => { seq: number; json: string }[];
  /** Current masters by id (missing ids are absent from the map). */
  get: (collection: string, ids: readonly string[]) => Map<string, ReplicatedDoc>;
  /**
   * In one transaction: each row whose assumedMasterState equals the current master (both absent, or
   * equal as canonical JSON) becomes the new master with the next sequence number and a revision;
   * every other row yields the current master as a conflict and changes nothing.
   */
  push: (collection: string, rows: readonly PushRow[], author: Author) => PushOutcome;
  /** Every accepted revision of one document, oldest first. */
  history: (collection: string, id: string) => Revision[];
  /** The document as it was at sequence `seq` (its newest revision at or before it), or null. */
  revisionAt: (collection: string, id: string, seq: number) => ReplicatedDoc | null;
  /** Reads for 审计 and 回收站, and the desktops' names (electron/hub/store/auditQueries.ts). */
  audit: AuditQueries;
  /** Reads for 销售只看自己的客户: a rep's customers and follow-ups, filtered pulls (electron/hub/store/visibilityQueries.ts). */
  visibility: VisibilityQueries;
  /** Highest sequence number assigned so far (0 for an empty hub). */
  maxSeq: () => number;
  putToken: (record: TokenRecord) => void;
  findToken: (tokenHash: string) => TokenRecord | null;
  /** Revokes every token of a member; returns how many were revoked. */
  revokeMember: (memberId: string, at: number) => number;
  putJoinCode: (record: JoinCodeRecord) => void;
  /** Marks an unexpired, unused code used and returns it; null when unknown, expired or used. */
  consumeJoinCode: (code: string, at: number) => JoinCodeRecord | null;
  /** Writes a consistent copy of the database to `file` (VACUUM INTO). */
  backup: (file: string) => void;
  close: () => void;
};
