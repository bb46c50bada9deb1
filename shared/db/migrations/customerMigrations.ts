import type { MigrationStrategies } from 'rxdb';

/**
 * Schema history of customers.
 *  v1: optional `expectedCloseDate` (forecast by month), `gradeHistory` (weekly grade snapshots for
 *      grading accuracy) and `mergedInto` (a merged duplicate points at the customer it joined). All
 *      optional, so a v0 document is a valid v1 document as it is, and a desktop still on v0 keeps
 *      syncing with a hub on v1.
 */
export const customerMigrations: MigrationStrategies = {
  1: (doc: Record<string, unknown>) => doc,
};
