import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSecretStore, keychainAvailable } from './secretStore.ts';
import { testSafeStorage } from './testSafeStorage.ts';

const dir = mkdtempSync(join(tmpdir(), 'salesdesk-secrets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TOKEN = 'tok_3f9a8c2e71d04b5a9e6f';

describe('secrets in the OS keychain', () => {
  it('keeps the hub token encrypted on disk and gives it back', () => {
    const file = join(dir, 'a.json');
    const store = createSecretStore({ safeStorage: testSafeStorage(), platform: 'linux', file });
    expect(store.get('hubToken')).toEqual({ available: true, value: null });
    expect(store.set('hubToken', TOKEN)).toEqual({ stored: true });
    expect(readFileSync(file, 'utf8')).not.toContain(TOKEN);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(store.get('hubToken')).toEqual({ available: true, value: TOKEN });
    expect(store.delete('hubToken')).toBeNull();
    expect(store.get('hubToken')).toEqual({ available: true, value: null });
  });

  it('says unavailable, and writes nothing, where no keychain protects it', () => {
    const file = join(dir, 'b.json');
    // Linux without a keyring: Electron would "encrypt" with a fixed password.
    const store = createSecretStore({ safeStorage: testSafeStorage('basic_text'), platform: 'linux', file });
    expect(store.set('hubToken', TOKEN)).toEqual({ stored: false });
    expect(store.get('hubToken')).toEqual({ available: false, value: null });
    expect(existsSync(file)).toBe(false);
  });

  it('trusts Windows and macOS when encryption is available, never when it is not', () => {
    expect(keychainAvailable(testSafeStorage('unknown'), 'win32')).toBe(true);
    expect(keychainAvailable(testSafeStorage('unknown'), 'darwin')).toBe(true);
    expect(keychainAvailable(testSafeStorage('unknown'), 'linux')).toBe(false);
    expect(keychainAvailable(testSafeStorage('kwallet5'), 'linux')).toBe(true);
    expect(keychainAvailable(testSafeStorage('gnome_libsecret', false), 'linux')).toBe(false);
  });
});
