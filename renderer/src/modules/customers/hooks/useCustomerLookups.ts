import { useMemo } from 'react';
import type { GridLookups } from '../../../../../shared/grid/gridTypes.ts';
import { useMembers } from '../../../db/useMembers.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';

const NO_CUSTOMERS: GridLookups['customers'] = new Map();

/** Member names and the team's option lists for the 客户 list's cells; null until loaded. No column names a customer, so no customer map. */
export const useCustomerLookups = (): GridLookups | null => {
  const settings = useTeamSettings();
  const members = useMembers();
  return useMemo(() => {
    if (!settings || !members) return null;
    return { customers: NO_CUSTOMERS, members: new Map(members.map((m) => [m.id, { name: m.name }])), options: settings.options, customFields: settings.customFields, utcOffsetMinutes: settings.utcOffsetMinutes };
  }, [settings, members]);
};
