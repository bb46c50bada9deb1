import type { AppApi } from '../../../shared/api/appApi.ts';
import type { SalesDeskDatabase } from '../../../shared/db/collections.ts';
import type { LocalProfile } from '../../../shared/team/buildTeamDocs.ts';
import { saveLocalProfile } from './saveLocalProfile.ts';
import { PROFILE_DOC } from './useLocalProfile.ts';

/**
 * A token saved in the profile before the keychain was used (or while none was available) moves into
 * the keychain at the next start where there is one. Returns whether it moved.
 */
export const migrateHubToken = async (db: SalesDeskDatabase, api: Pick<AppApi, 'getSecret' | 'setSecret'>): Promise<boolean> => {
  const stored = (await db.getLocal<LocalProfile>(PROFILE_DOC))?.toJSON().data;
  if (!stored?.hub?.token || stored.hub.tokenIn === 'keychain') return false;
  const keychain = await api.getSecret('hubToken').catch(() => ({ available: false }));
  if (!keychain.available) return false;
  await saveLocalProfile(db, api, stored);
  return (await db.getLocal<LocalProfile>(PROFILE_DOC))?.toJSON().data.hub?.tokenIn === 'keychain';
};
