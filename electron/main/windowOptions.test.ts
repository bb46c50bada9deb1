import { describe, expect, it } from 'vitest';
import { isAppUrl, mainWindowOptions } from './windowOptions.ts';

describe('main window', () => {
  it('isolates and sandboxes the page with no Node access', () => {
    const prefs = mainWindowOptions('/app/out/preload/index.cjs', '销售台').webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs',
    });
  });

  it('lets the window show only the app’s own pages', () => {
    expect(isAppUrl('app://salesdesk/index.html#/customers', undefined)).toBe(true);
    expect(isAppUrl('https://example.com/', undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('file:///etc/passwd', 'http://localhost:5173')).toBe(false);
  });
});
