import { useMemo } from 'react';
import type { WorkingSetOf } from './collectionWorkingSet.ts';

/**
 * A working set's rows as an array, once loaded, recomputed only when the set changes: pages that
 * compute over every follow-up or customer (团队日报, 周报, 看板) share the app's one copy in memory
 * instead of reading 100,000 rows again.
 */
export const useListOf = <T,>(set: WorkingSetOf<T>): T[] | undefined => useMemo(() => (set.loaded ? [...set.rows.values()] : undefined), [set]);
