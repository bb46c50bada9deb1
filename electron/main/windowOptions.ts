import type { BrowserWindowConstructorOptions } from 'electron';

/** The main window: isolated, sandboxed, no Node in the page; the preload exposes `window.api` only. */
export const mainWindowOptions = (preloadPath: string, title: string): BrowserWindowConstructorOptions => ({
  width: 1440,
  height: 900,
  minWidth: 1024,
  minHeight: 640,
  title,
  show: false,
  backgroundColor: '#f5f7fa',
  webPreferences: {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  },
});

/** Only the app's own pages may load in the window; everything else is refused. */
export const isAppUrl = (url: string, devServerUrl: string | undefined): boolean =>
  url.startsWith(`${APP_SCHEME}://`) || (devServerUrl !== undefined && url.startsWith(devServerUrl));

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://salesdesk`;
