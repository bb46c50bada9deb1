import { useCallback } from 'react';
import { TEAM_SETTINGS_ID, type TeamSettingsDoc } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { patchStamped } from '../../../../../shared/db/stampedWrites.ts';
import type { TeamSettingsFields } from '../../../../../shared/domain/defaultTeamSettings.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useWriter } from '../../../db/useWriter.ts';

/** Turns the latest settings into the fields to change (only those), or null for no change. */
export type SettingsEdit = (current: TeamSettingsDoc) => Partial<TeamSettingsFields> | null;

/**
 * Applies an edit to the team settings document as a stamped patch: only the touched fields get new
 * clocks, so a teammate's change to another field (the team name, the rules) merges instead of losing.
 * The edit runs on the stored document, not on what the screen last rendered.
 */
export const useEditTeamSettings = () => {
  const db = useDatabase();
  const writer = useWriter();
  return useCallback(
    async (edit: SettingsEdit): Promise<void> => {
      const doc = await db.teamsettings.findOne(TEAM_SETTINGS_ID).exec();
      if (!doc) return;
      const patch = edit(doc.toMutableJSON());
      if (patch) await patchStamped(doc, patch, writer);
    },
    [db, writer],
  );
};
