import type { MigrationStrategies } from 'rxdb';
import { descKey } from '../schemas/followUpSchema.ts';

/**
 * Schema history of follow-ups. Each key N turns a version N-1 document into version N; RxDB runs them
 * in order on first open after an upgrade, so a desktop that skipped releases still lands on the latest.
 *  v1: add `followedDesc`, the inverted sort key for "newest first" (Dexie cannot scan backwards).
 */
export const followUpMigrations: MigrationStrategies = {
  1: (doc: { followedAt: number }) => ({ ...doc, followedDesc: descKey(doc.followedAt) }),
};
