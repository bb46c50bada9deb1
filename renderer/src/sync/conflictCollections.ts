import type { CollectionName } from '../../../shared/db/collections.ts';

/** Collections people edit side by side, where a same-field conflict can be left for a person to settle. */
export const conflictCollections = ['followups', 'customers', 'dailyreports', 'teamsettings', 'members', 'comments'] as const satisfies readonly CollectionName[];
export type ConflictCollection = (typeof conflictCollections)[number];
