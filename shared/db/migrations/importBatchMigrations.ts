import type { MigrationStrategies } from 'rxdb';

/**
 * Schema history of import batches.
 *  v1: optional `undo` (previous values of records an import updated); older batches created only, so none.
 */
export const importBatchMigrations: MigrationStrategies = {
  1: (doc: Record<string, unknown>) => doc,
};
