import type { DatabaseSync, StatementSync } from 'node:sqlite';

/** Every statement the store runs, prepared once when it opens (push and pull are the hot path). */
export type HubStatements = Record<keyof typeof hubSql, StatementSync>;

/** The SQL of each statement (exported so tests can check the query plans). */
export const hubSql = {
  selectMaster: 'SELECT data FROM docs WHERE collection = ? AND id = ?',
  // One statement for any number of ids, bound as a JSON array. Written as IN (subquery) because a
  // JOIN on json_each lets the planner scan the whole collection once per id.
  selectMasters: 'SELECT id, data FROM docs WHERE collection = ? AND id IN (SELECT value FROM json_each(?))',
  selectAfter: 'SELECT id, seq, data FROM docs WHERE collection = ? AND seq > ? ORDER BY seq LIMIT ?',
  insertRevision: 'INSERT INTO revisions (collection, id, data, member_id, device_id, at) VALUES (?, ?, ?, ?, ?, ?)',
  upsertMaster: `INSERT INTO docs (collection, id, seq, data) VALUES (?, ?, ?, ?)
    ON CONFLICT (collection, id) DO UPDATE SET seq = excluded.seq, data = excluded.data`,
  selectHistory: 'SELECT seq, data, member_id, device_id, at FROM revisions WHERE collection = ? AND id = ? ORDER BY seq',
  selectRevisionAt: 'SELECT data FROM revisions WHERE collection = ? AND id = ? AND seq <= ? ORDER BY seq DESC LIMIT 1',
  // sqlite_sequence remembers the highest seq ever assigned, even if the newest rows were deleted.
  selectMaxSeq: "SELECT seq FROM sqlite_sequence WHERE name = 'revisions'",
  insertToken: `INSERT INTO tokens (token_hash, member_id, role, device_name, created_at, revoked_at)
    VALUES (?, ?, ?, ?, ?, ?)`,
  selectToken: 'SELECT * FROM tokens WHERE token_hash = ?',
  revokeMember: 'UPDATE tokens SET revoked_at = ? WHERE member_id = ? AND revoked_at IS NULL',
  insertJoinCode: `INSERT INTO join_codes (code, role, created_by, created_at, expires_at, used_at)
    VALUES (?, ?, ?, ?, ?, ?)`,
  // A single UPDATE is atomic even across processes: of two racing calls only one matches used_at IS NULL.
  consumeJoinCode: `UPDATE join_codes SET used_at = ? WHERE code = ? AND used_at IS NULL AND expires_at > ?
    RETURNING *`,
  vacuumInto: 'VACUUM INTO ?',
} as const;

export function prepareHubStatements(db: DatabaseSync): HubStatements {
  const entries = Object.entries(hubSql).map(([name, sql]) => [name, db.prepare(sql)] as const);
  return Object.fromEntries(entries) as HubStatements;
}
