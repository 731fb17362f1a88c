import type { MenuItemConstructorOptions } from 'electron';
import type { ShellText } from './i18n/shellText';

/** The wall screen's shortcut. The page handles the key itself, in both hosts; the menu only shows it. */
export const OPEN_WALL_ACCELERATOR = 'CommandOrControl+Shift+L';

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  withDevTools: boolean;
  text: ShellText;
  openWall: () => void;
}

/**
 * The application menu. Roles, so Electron supplies the platform's labels and shortcuts,
 * and one item of the app's own. The edit roles matter even without visible menus:
 * without them copy/paste shortcuts do not work in text fields on macOS.
 */
export function appMenuTemplate({
  platform,
  withDevTools,
  text,
  openWall,
}: AppMenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { role: 'fileMenu', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      role: 'editMenu',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      role: 'viewMenu',
      submenu: [
        { role: 'reload' },
        // Developer tools only in development: in the field they open the store to anyone.
        ...(withDevTools ? [{ role: 'toggleDevTools' } satisfies MenuItemConstructorOptions] : []),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { type: 'separator' },
        {
          id: 'open-wall',
          label: text['menu.openWall'],
          accelerator: OPEN_WALL_ACCELERATOR,
          // Registered, the menu would take the key from the page, which handles it in both hosts.
          registerAccelerator: false,
          click: () => openWall(),
        },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about' }] },
  ];
}
