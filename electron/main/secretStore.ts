import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { SecretName } from '../../shared/api/apiSchemas.ts';

/** The part of Electron's `safeStorage` used here (injected: Electron does not run in tests). */
export type SafeStorageLike = {
  isEncryptionAvailable: () => boolean;
  /** Linux only: which keyring encrypts ('gnome_libsecret', 'kwallet5', … or 'basic_text' without one). */
  getSelectedStorageBackend?: () => string;
  encryptString: (plain: string) => Buffer;
  decryptString: (encrypted: Buffer) => string;
};

export type SecretStoreDeps = { safeStorage: SafeStorageLike; platform: string; /** userData/secrets.json */ file: string };

/**
 * Whether the OS keychain protects what we encrypt. On Linux without a keyring Electron falls back to a
 * fixed password ('basic_text'), which protects nothing: treat it as unavailable and say so.
 */
export const keychainAvailable = (safeStorage: SafeStorageLike, platform: string): boolean => {
  if (!safeStorage.isEncryptionAvailable()) return false;
  if (platform !== 'linux') return true;
  const backend = safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
  return backend !== 'basic_text' && backend !== 'unknown';
};

type Vault = Partial<Record<SecretName, string>>;

/** window.api secrets in the desktop app: values encrypted by the OS keychain, kept as base64 in one file. */
export const createSecretStore = (deps: SecretStoreDeps) => {
  const read = (): Vault => (existsSync(deps.file) ? (JSON.parse(readFileSync(deps.file, 'utf8')) as Vault) : {});
  const write = (vault: Vault) => {
    // Write then rename, so a crash never leaves half a file; readable by this user only.
    writeFileSync(`${deps.file}.tmp`, JSON.stringify(vault), { mode: 0o600 });
    renameSync(`${deps.file}.tmp`, deps.file);
  };
  const available = () => keychainAvailable(deps.safeStorage, deps.platform);
  return {
    get: (name: SecretName): { available: boolean; value: string | null } => {
      if (!available()) return { available: false, value: null };
      const stored = read()[name];
      return { available: true, value: stored === undefined ? null : deps.safeStorage.decryptString(Buffer.from(stored, 'base64')) };
    },
    set: (name: SecretName, value: string): { stored: boolean } => {
      if (!available()) return { stored: false };
      write({ ...read(), [name]: deps.safeStorage.encryptString(value).toString('base64') });
      return { stored: true };
    },
    delete: (name: SecretName): null => {
      if (!existsSync(deps.file)) return null;
      write(Object.fromEntries(Object.entries(read()).filter(([key]) => key !== name)));
      return null;
    },
  };
};

export type SecretStore = ReturnType<typeof createSecretStore>;
