import type { GridColumn, GridLookups, GridRecord } from '../../../../../shared/grid/gridTypes.ts';
import { buildSearchIndex, type SearchIndex } from '../../../../../shared/grid/searchIndex.ts';

/**
 * A search-index builder that remembers its last index, so a membership change (a row added or
 * trashed) re-indexes only the new rows instead of all 100,000.
 */
export const searchIndexer = <R extends GridRecord>() => {
  let last: SearchIndex<R> | undefined;
  return (rows: readonly R[], columns: readonly GridColumn[], lookups: GridLookups): SearchIndex<R> => (last = buildSearchIndex(rows, columns, lookups, last));
};
