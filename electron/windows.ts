import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './appOrigin';
import { preloadPath } from './paths';

let operatorWindow: BrowserWindow | null = null;

/** The laptop window the operator works in. */
export function createOperatorWindow(): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Cordon',
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  // The task switcher shows the product, whatever route the page is on.
  win.on('page-title-updated', (event) => event.preventDefault());
  // Shown once painted, so the operator never sees a blank white frame.
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (operatorWindow === win) operatorWindow = null;
  });
  operatorWindow = win;
  win.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('cordon: the operator window failed to load', error);
  });
  return win;
}

export function hasOperatorWindow(): boolean {
  return operatorWindow !== null && !operatorWindow.isDestroyed();
}

/** A second launch of the app brings the existing window forward instead. */
export function focusOperatorWindow(): void {
  if (!operatorWindow || operatorWindow.isDestroyed()) {
    createOperatorWindow();
    return;
  }
  if (operatorWindow.isMinimized()) operatorWindow.restore();
  operatorWindow.show();
  operatorWindow.focus();
}
