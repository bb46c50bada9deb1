import { map } from 'rxjs';
import { TEAM_SETTINGS_ID, type TeamSettingsDoc } from '../../../shared/db/schemas/teamSettingsSchema.ts';
import { useDatabase } from './DatabaseContext.ts';
import { useObservable } from './useObservable.ts';

export const useTeamSettings = (): TeamSettingsDoc | null | undefined => {
  const db = useDatabase();
  return useObservable(() => db.teamsettings.findOne(TEAM_SETTINGS_ID).$.pipe(map((d) => (d ? d.toMutableJSON() : null))), [db]);
};
