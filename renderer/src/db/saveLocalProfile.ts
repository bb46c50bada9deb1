import type { SalesDeskDatabase } from '../../../shared/db/collections.ts';
import type { LocalProfile } from '../../../shared/team/buildTeamDocs.ts';
import type { AppApi } from '../../../shared/api/appApi.ts';
import { PROFILE_DOC } from './useLocalProfile.ts';

type Secrets = Pick<AppApi, 'setSecret'>;

/**
 * Saves who this desktop is. The hub token goes to the OS keychain when there is one (desktop app,
 * Electron safeStorage); otherwise it stays in the local profile as before (web mode, Linux without a
 * keyring), which 团队设置 → 传输安全 says.
 */
export const saveLocalProfile = async (db: SalesDeskDatabase, api: Secrets, profile: LocalProfile): Promise<void> => {
  const hub = profile.hub;
  if (!hub?.token) return void (await db.upsertLocal(PROFILE_DOC, profile));
  const { stored } = await api.setSecret('hubToken', hub.token).catch(() => ({ stored: false }));
  const plain = { url: hub.url, token: hub.token, hubId: hub.hubId, ...(hub.pin ? { pin: hub.pin } : {}) };
  await db.upsertLocal(PROFILE_DOC, { ...profile, hub: stored ? { ...plain, token: '', tokenIn: 'keychain' as const } : plain });
};
