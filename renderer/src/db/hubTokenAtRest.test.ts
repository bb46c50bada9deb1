import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppApi } from '../../../shared/api/appApi.ts';
import type { SalesDeskDatabase } from '../../../shared/db/collections.ts';
import { openDatabase } from '../../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../../shared/db/schemaValidator.ts';
import type { LocalProfile } from '../../../shared/team/buildTeamDocs.ts';
import { migrateHubToken } from './migrateHubToken.ts';
import { MISSING_TOKEN, resolveLocalProfile } from './resolveLocalProfile.ts';
import { saveLocalProfile } from './saveLocalProfile.ts';
import { PROFILE_DOC } from './useLocalProfile.ts';

type Api = Pick<AppApi, 'getSecret' | 'setSecret' | 'pinHubCertificate'>;
/** The desktop side of window.api as the renderer sees it: a keychain (or none) and main's pins. */
const desktop = (available: boolean) => {
  const vault = new Map<string, string>();
  const pinned: string[] = [];
  const api: Api = {
    getSecret: (name) => Promise.resolve({ available, value: available ? (vault.get(name) ?? null) : null }),
    setSecret: (name, value) => Promise.resolve(available ? (vault.set(name, value), { stored: true }) : { stored: false }),
    pinHubCertificate: ({ hubUrl, pin }) => Promise.resolve((pinned.push(`${hubUrl} ${pin}`), { pinned: true })),
  };
  return { api, vault, pinned };
};

const TOKEN = 'tok_7d1c9e0a';
const profile: LocalProfile = { memberId: 'm1', nodeId: 'n1', createdAt: 1, hub: { url: 'https://192.168.1.20:4317', token: TOKEN, hubId: 'h1', pin: 'ABCDEFGHJKLMNPQR' } };
let db: SalesDeskDatabase;
const stored = async () => (await db.getLocal<LocalProfile>(PROFILE_DOC))?.toJSON().data;
beforeEach(async () => {
  db = await openDatabase({ name: `profile${Math.random().toString(36).slice(2)}`, storage: validatingStorage(getRxStorageMemory()), only: ['members'] });
});
afterEach(() => db.remove());

describe('the hub token at rest', () => {
  it('goes to the keychain where there is one: the stored profile holds no token, the app still gets it', async () => {
    const { api, vault } = desktop(true);
    await saveLocalProfile(db, api, profile);
    expect(vault.get('hubToken')).toBe(TOKEN);
    expect(await stored()).toMatchObject({ hub: { token: '', tokenIn: 'keychain', pin: 'ABCDEFGHJKLMNPQR' } });
    expect(JSON.stringify(await stored())).not.toContain(TOKEN);
    expect((await resolveLocalProfile((await stored()) ?? null, api))?.hub?.token).toBe(TOKEN);
    // A keychain that lost it yields a token the hub refuses (身份令牌无效), never a desktop stuck connecting.
    vault.clear();
    expect((await resolveLocalProfile((await stored()) ?? null, api))?.hub?.token).toBe(MISSING_TOKEN);
  });

  it('stays in the profile where no keychain protects it', async () => {
    const { api } = desktop(false);
    await saveLocalProfile(db, api, profile);
    expect((await stored())?.hub).toEqual(profile.hub);
    expect((await resolveLocalProfile((await stored()) ?? null, api))?.hub?.token).toBe(TOKEN);
  });

  it('moves a token saved in the profile into the keychain at the next start, once', async () => {
    await db.upsertLocal(PROFILE_DOC, profile);
    expect(await migrateHubToken(db, desktop(false).api)).toBe(false);
    expect((await stored())?.hub?.token).toBe(TOKEN);
    const { api, vault } = desktop(true);
    expect(await migrateHubToken(db, api)).toBe(true);
    expect(vault.get('hubToken')).toBe(TOKEN);
    expect((await stored())?.hub).toMatchObject({ token: '', tokenIn: 'keychain' });
    expect(await migrateHubToken(db, api)).toBe(false);
  });

  it('pins the hub certificate in main before the app connects, for an https hub only', async () => {
    const { api, pinned } = desktop(true);
    await resolveLocalProfile(profile, api);
    expect(pinned).toEqual(['https://192.168.1.20:4317 ABCDEFGHJKLMNPQR']);
    await resolveLocalProfile({ ...profile, hub: { url: 'http://127.0.0.1:4317', token: TOKEN, hubId: 'h1', pin: 'ABCDEFGHJKLMNPQR' } }, api);
    expect(pinned).toHaveLength(1);
  });
});
