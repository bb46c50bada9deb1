import { useMemo } from 'react';
import type { GridLookups } from '../../../../../shared/grid/gridTypes.ts';
import { useCustomerRows } from '../../../db/useCustomerRows.ts';
import { useMembers } from '../../../db/useMembers.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { customerLookupOf } from '../utils/customerLookupOf.ts';

/**
 * Names, contacts and option lists the grid shows instead of ids; null until all have loaded. Customers
 * come from the shared working set (one IndexedDB read, no RxDocument per customer), not a live RxDB
 * query: that walked a cursor through every customer at start and queued the first rows behind it.
 */
export const useGridLookups = (): GridLookups | null => {
  const settings = useTeamSettings();
  const members = useMembers();
  const set = useCustomerRows();
  // The working set publishes a new state object only when customers change.
  const customers = useMemo(() => (set.loaded ? customerLookupOf(set.rows) : null), [set]);
  return useMemo(() => {
    if (!settings || !members || !customers) return null;
    return {
      customers,
      members: new Map(members.map((m) => [m.id, { name: m.name }])),
      options: settings.options,
      customFields: settings.customFields,
      utcOffsetMinutes: settings.utcOffsetMinutes,
    };
  }, [settings, members, customers]);
};
