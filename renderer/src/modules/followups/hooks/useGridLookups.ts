import { useMemo } from 'react';
import { map } from 'rxjs';
import type { GridLookups } from '../../../../../shared/grid/gridTypes.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useMembers } from '../../../db/useMembers.ts';
import { useObservable } from '../../../db/useObservable.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';

type CustomerLookup = GridLookups['customers'];

/** Names, contacts and option lists the grid shows instead of ids; null until all have loaded. */
export const useGridLookups = (): GridLookups | null => {
  const db = useDatabase();
  const settings = useTeamSettings();
  const members = useMembers();
  const customers = useObservable<CustomerLookup>(
    () =>
      db.customers.find({ selector: { trashed: false } }).$.pipe(
        map((docs) => new Map(docs.map((d) => [d.id, { name: d.name, stage: d.stage, contacts: d.contacts.map((c) => ({ id: c.id, name: c.name })) }]))),
      ),
    [db],
  );
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
