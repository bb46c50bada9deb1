import type { AppApi } from '../../../shared/api/appApi.ts';
import type { LocalProfile } from '../../../shared/team/buildTeamDocs.ts';

type Transport = Pick<AppApi, 'getSecret' | 'pinHubCertificate'>;

export const MISSING_TOKEN = 'keychain-token-missing';

/**
 * The stored profile as the app uses it: the token read back from the keychain, and the hub's
 * certificate pinned in main before anything connects to it (web mode cannot pin: it answers no).
 */
export const resolveLocalProfile = async (stored: LocalProfile | null, api: Transport): Promise<LocalProfile | null> => {
  const hub = stored?.hub;
  if (!stored || !hub) return stored;
  if (hub.pin && hub.url.startsWith('https:')) await api.pinHubCertificate({ hubUrl: hub.url, pin: hub.pin }).catch(() => undefined);
  if (hub.tokenIn !== 'keychain') return stored;
  const secret = await api.getSecret('hubToken').catch(() => ({ available: false, value: null }));
  // A keychain that lost the token: a token the hub cannot know, so it refuses and the status says 身份令牌无效.
  return { ...stored, hub: { ...hub, token: secret.value ?? MISSING_TOKEN } };
};
