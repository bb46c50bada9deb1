import type { GridRow } from './gridTypes.ts';

/**
 * The rows a link names (`#/followups/ids/…`, e.g. the rows behind a report's number), in input order.
 * Rows since moved to the recycle bin are left out, as in every view but 回收站; ids that name no row
 * are simply not there.
 */
export const keepIds = (rows: readonly GridRow[], ids: ReadonlySet<string>): GridRow[] => rows.filter((r) => !r.trashed && ids.has(r.id));
