import { access, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BrowserWindow, Menu, Notification, app, dialog, ipcMain, protocol, safeStorage, session, shell, type MenuItemConstructorOptions } from 'electron';
import { API_EVENT_CHANNEL, apiChannel, apiMethodNames } from '../../shared/api/apiMethodNames.ts';
import type { AppEvent, Locale } from '../../shared/api/apiSchemas.ts';
import { createApiDispatcher } from '../../shared/api/createApiDispatcher.ts';
import { localeMessages } from '../../shared/i18n/localeMessages.ts';
import { createAppProtocolHandler } from './appProtocolHandler.ts';
import { createDesktopApiHandlers } from './desktopApiHandlers.ts';
import type { OpenAttachmentDeps } from './openAttachment.ts';
import type { PrintDeps } from './printHandlers.ts';
import { createWebApiHandlers } from '../hub/webApiHandlers.ts';
import { createTeamHosting } from './teamHosting.ts';
import { createHubCertificatePins } from './hubCertificatePins.ts';
import { createSecretStore } from './secretStore.ts';
import { discoverHubs } from '../hub/discoverHubs.ts';
import { buildMenuTemplate, type MenuItemSpec } from './menuTemplate.ts';
import { APP_ORIGIN, APP_SCHEME, isAppUrl, mainWindowOptions } from './windowOptions.ts';

// Thin by design: every decision lives in Electron-free modules beside this file, tested in Node.
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const rendererDir = join(import.meta.dirname, '../renderer');
let mainWindow: BrowserWindow | null = null;
let locale: Locale = 'zh-CN';
const HUB_PORT = 4317;
let hosting: ReturnType<typeof createTeamHosting> | null = null;
// The team hub's self-signed certificate is accepted only as its join code's pin says (README: 传输安全).
const pins = createHubCertificatePins();

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

const send = (event: AppEvent): void => mainWindow?.webContents.send(API_EVENT_CHANNEL, event);

const toElectronMenu = (items: MenuItemSpec[]): MenuItemConstructorOptions[] =>
  items.map((item): MenuItemConstructorOptions => {
    if ('type' in item) return { type: 'separator' };
    if ('submenu' in item) return { label: item.label, submenu: toElectronMenu(item.submenu) };
    if ('role' in item) return { role: item.role as MenuItemConstructorOptions['role'], label: item.label, accelerator: item.accelerator };
    const { command } = item;
    return {
      label: item.label,
      accelerator: item.accelerator,
      click: () => (command.type === 'navigate' ? send(command) : showAbout()),
    };
  });

const showAbout = (): void => {
  const m = localeMessages[locale];
  void dialog.showMessageBox({ title: m.menu.about, message: `${m.app.name} ${app.getVersion()}`, detail: m.app.tagline });
};

const applyLocale = (next: Locale): void => {
  locale = next;
  Menu.setApplicationMenu(Menu.buildFromTemplate(toElectronMenu(buildMenuTemplate(localeMessages[next], !app.isPackaged))));
};

/** Notifications on screen: held until clicked or closed, or Electron may collect one and its click handler with it. */
const onScreen = new Set<Notification>();

const notify = ({ title, body, target }: { title: string; body: string; target?: string }): boolean => {
  if (!Notification.isSupported()) return false;
  const n = new Notification({ title, body });
  onScreen.add(n);
  n.on('click', () => {
    onScreen.delete(n);
    mainWindow?.show();
    mainWindow?.focus();
    if (target) send({ type: 'notificationClicked', target });
  });
  n.on('close', () => onScreen.delete(n));
  n.show();
  return true;
};

const registerIpc = (): void => {
  hosting = createTeamHosting({
    dataDir: join(app.getPath('userData'), 'hub'),
    rendererDir,
    port: HUB_PORT,
    handlers: createWebApiHandlers({ version: app.getVersion(), platform: process.platform }),
    log: (m) => console.log(m),
    advertise: true,
  });
  void hosting.resume();
  const printing: PrintDeps = {
    contents: () => mainWindow?.webContents ?? null,
    documentsDir: () => app.getPath('documents'),
    showSaveDialog: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
    writeFile: (path, data) => writeFile(path, data),
    saveDialogTitle: () => localeMessages[locale].print.saveDialogTitle,
  };
  const opening: OpenAttachmentDeps = {
    tempDir: () => app.getPath('temp'),
    exists: (path) => access(path).then(() => true, () => false),
    mkdir: async (dir) => void (await mkdir(dir, { recursive: true })),
    writeFile: (path, data) => writeFile(path, data),
    openPath: (path) => shell.openPath(path),
  };
  const dispatch = createApiDispatcher(
    createDesktopApiHandlers({
      version: app.getVersion(), platform: process.platform, applyLocale, notify, hosting, discoverHubs, printing, opening, pins,
      secrets: createSecretStore({ safeStorage, platform: process.platform, file: join(app.getPath('userData'), 'secrets.json') }),
    }),
  );
  for (const method of apiMethodNames) {
    ipcMain.handle(apiChannel(method), async (event, ...args: unknown[]) => {
      if (!isAppUrl(event.senderFrame?.url ?? '', devServerUrl)) throw new Error('拒绝来自未知页面的请求');
      const outcome = await dispatch(method, args);
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
      return outcome.value;
    });
  }
};

const createWindow = (): void => {
  mainWindow = new BrowserWindow(mainWindowOptions(join(import.meta.dirname, '../preload/index.cjs'), localeMessages[locale].app.name));
  mainWindow.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  mainWindow.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
};

// Two instances on one profile would both write the local replica and both sync it.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => contents.on('will-attach-webview', (e) => e.preventDefault()));
  void app.whenReady().then(() => {
    // The team hub can be any desktop on the LAN, so the page may connect to any http/ws origin;
    // scripts still come only from the app itself.
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir, () => ['http:', 'https:', 'ws:', 'wss:']));
    session.defaultSession.setCertificateVerifyProc((request, callback) => callback(pins.decide({ hostname: request.hostname, certificatePem: request.certificate.data })));
    applyLocale(locale);
    registerIpc();
    createWindow();
    app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && createWindow());
  });
  app.on('window-all-closed', () => process.platform !== 'darwin' && app.quit());
  app.on('before-quit', () => void hosting?.stop());
}
