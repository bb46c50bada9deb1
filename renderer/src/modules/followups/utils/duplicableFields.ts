import type { GridRow } from '../../../../../shared/grid/gridTypes.ts';
import { syncMetaFields } from '../../../../../shared/sync/syncMeta.ts';

/** Sync metadata, identity and the follow-up time stay behind: a duplicate is a new interaction, logged now. */
const LEFT_BEHIND: ReadonlySet<string> = new Set([...syncMetaFields, 'id', 'followedAt', 'followedDesc', 'importBatchId']);

/** The values 复制此行 copies into a new row (storage fields such as _rev never travel). */
export const duplicableFields = (row: GridRow): Partial<GridRow> =>
  Object.fromEntries(Object.entries(row).filter(([key]) => !key.startsWith('_') && !LEFT_BEHIND.has(key))) as Partial<GridRow>;
