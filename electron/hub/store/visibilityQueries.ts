import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { MasterRow } from './HubStore.ts';
import { replicatedDocJson } from './replicatedDocJson.ts';
import { rowValues } from './rowValues.ts';

/** The ids a rep may see under 销售只看自己的客户 (see shared/sync/visibility.ts for the rule). */
export type ScopeIds = { customers: string[]; followUps: string[] };

export type VisibilityQueries = {
  /** Customers the member owns or is 责任人 of a follow-up of; follow-ups they own or of those customers. */
  scopeIds: (memberId: string) => ScopeIds;
  /** pullJson restricted to what the scope may see: full pages until the end, so RxDB keeps pulling. */
  pullVisibleJson: (collection: string, afterSeq: number, limit: number, memberId: string, scope: ScopeIds) => { seq: number; json: string }[];
  /** Masters of `collection` whose top-level `field` is one of `values` (comments and files of some customers). */
  referencing: (collection: string, field: string, values: readonly string[]) => MasterRow[];
  scopePlan: () => string[];
};

const f = (field: string) => `json_extract(data, '$.${field}')`;
const inIds = (param: string) => `IN (SELECT value FROM json_each(${param}))`;
const onCustomerOrFollowUp = (typeField: string, idField: string, customerTypes: string) =>
  `(${f(typeField)} IN (${customerTypes}) AND ${f(idField)} ${inIds(':c')}) OR (${f(typeField)} = 'followUp' AND ${f(idField)} ${inIds(':f')})`;

/** SQL twin of visibility.ts's rules (kept beside each other by visibilityQueries.test.ts). */
const predicates: Record<string, string> = {
  customers: `${f('ownerId')} = :m OR id ${inIds(':c')}`,
  followups: `${f('ownerId')} = :m OR ${f('customerId')} ${inIds(':c')}`,
  comments: `${f('authorId')} = :m OR ${onCustomerOrFollowUp('targetType', 'targetId', "'customer'")}
    OR (${f('targetType')} = 'dailyReport' AND substr(${f('targetId')}, 1, length(:m) + 1) = :m || '_')`,
  attachments: `${f('createdBy')} = :m OR ${onCustomerOrFollowUp('ownerType', 'ownerId', "'customer', 'evidence'")}`,
  dailyreports: `${f('memberId')} = :m`,
  notifications: `${f('recipientId')} = :m OR ${f('senderId')} = :m`,
  savedviews: `${f('ownerId')} = :m OR ${f('shared')} = 1`,
  importbatches: `${f('createdBy')} = :m`,
};

// Each arm is one index search (hub schema v3), named outright: an OR would scan, and a hub without
// statistics yet (ANALYZE runs at close) may otherwise walk every follow-up of the collection.
const byOwner = 'docs INDEXED BY docs_by_owner';
const scopeCustomersSql = `SELECT id AS v FROM ${byOwner} WHERE collection = 'customers' AND ${f('ownerId')} = :m
  UNION SELECT ${f('customerId')} AS v FROM ${byOwner} WHERE collection = 'followups' AND ${f('ownerId')} = :m`;
const scopeFollowUpsSql = `SELECT id AS v FROM ${byOwner} WHERE collection = 'followups' AND ${f('ownerId')} = :m
  UNION SELECT id AS v FROM docs INDEXED BY followups_by_customer WHERE collection = 'followups' AND ${f('customerId')} ${inIds(':c')}`;

export const createVisibilityQueries = (db: DatabaseSync): VisibilityQueries => {
  const cache = new Map<string, StatementSync>();
  const prepared = (sql: string): StatementSync => {
    let statement = cache.get(sql);
    if (!statement) cache.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  const column = (sql: string, params: Record<string, string>) =>
    prepared(sql).all(params).map((row) => row['v']).filter((v): v is string => typeof v === 'string');
  return {
    scopeIds: (memberId) => {
      const customers = column(scopeCustomersSql, { m: memberId });
      return { customers, followUps: column(scopeFollowUpsSql, { m: memberId, c: JSON.stringify(customers) }) };
    },
    pullVisibleJson: (collection, afterSeq, limit, memberId, scope) => {
      const where = predicates[collection] ?? '1';
      const sql = `SELECT seq, data FROM docs WHERE collection = :collection AND seq > :after AND (${where}) ORDER BY seq LIMIT :limit`;
      const params = { collection, after: afterSeq, limit, m: memberId, c: JSON.stringify(scope.customers), f: JSON.stringify(scope.followUps) };
      // Named parameters the statement does not use are an error in node:sqlite: bind only those it names.
      const used = Object.fromEntries(Object.entries(params).filter(([k]) => new RegExp(`:${k}\\b`).test(sql)));
      return prepared(sql).all(used).map((row) => ({ seq: rowValues.integer(row, 'seq'), json: rowValues.text(row, 'data') }));
    },
    /** How SQLite runs the scope queries (a test checks they search the v3 indexes). */
    scopePlan: () => [scopeCustomersSql, scopeFollowUpsSql].flatMap((sql) => db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ m: '', ...(sql.includes(':c') ? { c: '[]' } : {}) }).map((r) => String(r['detail']))),
    referencing: (collection, field, values) => {
      if (values.length === 0 || !/^[A-Za-z][A-Za-z0-9]*$/.test(field)) return [];
      const sql = `SELECT id, seq, data FROM docs WHERE collection = :collection AND ${f(field)} ${inIds(':ids')}`;
      return prepared(sql)
        .all({ collection, ids: JSON.stringify(values) })
        .map((row) => ({ collection, id: rowValues.text(row, 'id'), seq: rowValues.integer(row, 'seq'), doc: replicatedDocJson.parse(rowValues.text(row, 'data')) }));
    },
  };
};
