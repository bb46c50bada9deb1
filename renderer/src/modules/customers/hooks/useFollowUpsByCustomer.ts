import { useMemo } from 'react';
import { followUpsByCustomer } from '../../../../../shared/customers/planRegrades.ts';
import type { GridRow } from '../../../../../shared/grid/gridTypes.ts';
import { useFollowUpRows } from '../../followups/hooks/useFollowUpRows.ts';

/**
 * Each customer's follow-ups (the recycle bin's too), from the follow-up working set; grouped on first
 * use after a change, so a page that never asks pays nothing.
 */
export const useFollowUpsByCustomer = (): { loaded: boolean; of: (customerId: string) => readonly GridRow[] } => {
  const set = useFollowUpRows();
  return useMemo(() => {
    let grouped: Map<string, GridRow[]> | null = null;
    return { loaded: set.loaded, of: (id: string) => (grouped ??= followUpsByCustomer(set.rows.values())).get(id) ?? [] };
  }, [set]);
};
