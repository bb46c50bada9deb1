import type { PageId } from '../../shared/api/apiSchemas.ts';
import type { Messages } from '../../shared/i18n/messages.ts';

export type MenuCommand = { type: 'navigate'; page: PageId } | { type: 'about' };

/** Electron-free description of the application menu, so its labels and shortcuts are testable in Node. */
export type MenuItemSpec =
  | { type: 'separator' }
  | { role: string; label: string; accelerator?: string }
  | { label: string; accelerator?: string; command: MenuCommand }
  | { label: string; submenu: MenuItemSpec[] };

const separator: MenuItemSpec = { type: 'separator' };

const pages: PageId[] = ['today', 'followups', 'customers', 'reports', 'dashboard', 'importExport', 'settings'];

const viewMenu = (m: Messages, isDev: boolean): MenuItemSpec => ({
  label: m.menu.view,
  submenu: [
    ...pages.map((page, i): MenuItemSpec => ({
      label: m.nav[page],
      accelerator: `CmdOrCtrl+${i + 1}`,
      command: { type: 'navigate', page },
    })),
    separator,
    { role: 'reload', label: m.menu.reload },
    ...(isDev ? [{ role: 'toggleDevTools', label: m.menu.devTools }] : []),
    separator,
    { role: 'resetZoom', label: m.menu.resetZoom },
    { role: 'zoomIn', label: m.menu.zoomIn },
    { role: 'zoomOut', label: m.menu.zoomOut },
    separator,
    { role: 'togglefullscreen', label: m.menu.fullscreen },
  ],
});

/** The application menu in the UI language (Chinese by default). */
export const buildMenuTemplate = (m: Messages, isDev: boolean): MenuItemSpec[] => [
  { label: m.menu.file, submenu: [{ role: 'quit', label: m.menu.quit }] },
  {
    label: m.menu.edit,
    submenu: [
      { role: 'undo', label: m.menu.undo },
      { role: 'redo', label: m.menu.redo },
      separator,
      { role: 'cut', label: m.menu.cut },
      { role: 'copy', label: m.menu.copy },
      { role: 'paste', label: m.menu.paste },
      { role: 'selectAll', label: m.menu.selectAll },
    ],
  },
  viewMenu(m, isDev),
  {
    label: m.menu.window,
    submenu: [
      { role: 'minimize', label: m.menu.minimize },
      { role: 'close', label: m.menu.close },
    ],
  },
  { label: m.menu.help, submenu: [{ label: m.menu.about, command: { type: 'about' } }] },
];
