import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApiDispatcher } from '../../shared/api/createApiDispatcher.ts';
import { pinFromSha256 } from '../../shared/sync/hubPin.ts';
import { createSelfSignedCertificate } from '../hub/tls/createSelfSignedCertificate.ts';
import { createDesktopApiHandlers } from './desktopApiHandlers.ts';
import { createHubCertificatePins } from './hubCertificatePins.ts';
import { createSecretStore } from './secretStore.ts';
import { testSafeStorage } from './testSafeStorage.ts';

describe('desktop window.api behind the IPC dispatcher', () => {
  const applied: string[] = [];
  const shown: string[] = [];
  const pins = createHubCertificatePins();
  const secretsFile = join(mkdtempSync(join(tmpdir(), 'salesdesk-api-')), 'secrets.json');
  const dispatch = createApiDispatcher(
    createDesktopApiHandlers({
      version: '1.2.3',
      platform: 'win32',
      applyLocale: (l) => applied.push(l),
      notify: (r) => (shown.push(r.title), true),
      discoverHubs: () => Promise.resolve([{ name: '销售台 · 华东', url: 'https://192.168.1.20:4317', hubId: 'h1', pin: 'ABCDEFGHJKLMNPQR' }]),
      hosting: {
        host: (admin) => Promise.resolve({ hubUrl: 'http://127.0.0.1:4317', lanUrls: [], token: `t-${admin.memberId}`, hubId: 'h', pin: 'ABCDEFGHJKLMNPQR' }),
        state: () => ({ running: true, lanUrls: ['http://10.0.0.5:4317'] }),
      },
      // Printing has its own tests (printHandlers.test.ts); here no window is open.
      printing: { contents: () => null, documentsDir: () => '', showSaveDialog: () => Promise.resolve({ canceled: true }), writeFile: () => Promise.resolve(), saveDialogTitle: () => '' },
      opening: { tempDir: () => '', exists: () => Promise.resolve(false), mkdir: () => Promise.resolve(), writeFile: () => Promise.resolve(), openPath: () => Promise.resolve('') },
      pins,
      secrets: createSecretStore({ safeStorage: testSafeStorage(), platform: 'linux', file: secretsFile }),
    }),
  );

  it('answers app info as the desktop', async () => {
    expect(await dispatch('getAppInfo', [])).toEqual({ ok: true, value: { name: '销售台', version: '1.2.3', mode: 'desktop', platform: 'win32' } });
  });

  it('switches the menu language only for a supported locale', async () => {
    expect(await dispatch('setLocale', ['en'])).toEqual({ ok: true, value: null });
    const bad = await dispatch('setLocale', ['fr']);
    expect(bad.ok).toBe(false);
    expect(applied).toEqual(['en']);
  });

  it('hosts the team for a named admin and reports where colleagues reach it', async () => {
    expect(await dispatch('hostTeam', [{ memberId: 'm1', name: '张伟' }])).toMatchObject({ ok: true, value: { token: 't-m1' } });
    expect(await dispatch('hostTeam', [{ memberId: '', name: '张伟' }])).toMatchObject({ ok: false, error: { code: 'badArguments' } });
    expect(await dispatch('getHostingState', [])).toEqual({ ok: true, value: { running: true, lanUrls: ['http://10.0.0.5:4317'] } });
    expect(await dispatch('discoverHubs', [])).toMatchObject({ ok: true, value: [{ url: 'https://192.168.1.20:4317', pin: 'ABCDEFGHJKLMNPQR' }] });
  });

  it('shows a notification and refuses an empty title', async () => {
    expect(await dispatch('showNotification', [{ title: '今日待跟进 3 条', body: '点击查看' }])).toEqual({ ok: true, value: { shown: true } });
    const bad = await dispatch('showNotification', [{ title: '', body: '' }]);
    expect(bad).toMatchObject({ ok: false, error: { code: 'badArguments' } });
    expect(shown).toEqual(['今日待跟进 3 条']);
  });

  it('pins the hub certificate for main’s check, refusing a malformed address or pin', async () => {
    const cert = createSelfSignedCertificate({ commonName: 'hub', now: Date.now() });
    const pin = pinFromSha256(cert.sha256);
    expect(await dispatch('pinHubCertificate', [{ hubUrl: 'https://192.168.1.20:4317', pin }])).toEqual({ ok: true, value: { pinned: true } });
    expect(pins.decide({ hostname: '192.168.1.20', certificatePem: cert.certPem })).toBe(0);
    pins.decide({ hostname: '192.168.1.20', certificatePem: createSelfSignedCertificate({ commonName: 'impostor', now: Date.now() }).certPem });
    expect(await dispatch('wasHubCertificateRefused', [{ hubUrl: 'https://192.168.1.20:4317' }])).toEqual({ ok: true, value: { refused: true } });
    expect(await dispatch('pinHubCertificate', [{ hubUrl: 'http://192.168.1.20:4317', pin }])).toMatchObject({ ok: false, error: { code: 'badArguments' } });
    expect(await dispatch('pinHubCertificate', [{ hubUrl: 'https://192.168.1.20:4317', pin: 'abc' }])).toMatchObject({ ok: false, error: { code: 'badArguments' } });
  });

  it('keeps the hub token in the keychain store, only under a known name', async () => {
    expect(await dispatch('setSecret', ['hubToken', 'tok_abc123'])).toEqual({ ok: true, value: { stored: true } });
    expect(readFileSync(secretsFile, 'utf8')).not.toContain('tok_abc123');
    expect(await dispatch('getSecret', ['hubToken'])).toEqual({ ok: true, value: { available: true, value: 'tok_abc123' } });
    expect(await dispatch('setSecret', ['password', 'x'])).toMatchObject({ ok: false, error: { code: 'badArguments' } });
    expect(await dispatch('setSecret', ['hubToken', ''])).toMatchObject({ ok: false, error: { code: 'badArguments' } });
    expect(await dispatch('deleteSecret', ['hubToken'])).toEqual({ ok: true, value: null });
    expect(await dispatch('getSecret', ['hubToken'])).toEqual({ ok: true, value: { available: true, value: null } });
  });
});
