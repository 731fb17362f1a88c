import { BrowserWindow, type Rectangle } from 'electron';
import { APP_ENTRY_URL } from './appOrigin';
import { preloadPath } from './paths';
import { appWebPreferences } from './webPreferences';

let operatorWindow: BrowserWindow | null = null;
const closeListeners = new Set<() => void>();

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
    webPreferences: appWebPreferences(preloadPath),
  });
  // The task switcher shows the product, whatever route the page is on.
  win.on('page-title-updated', (event) => event.preventDefault());
  // Shown once painted, so the operator never sees a blank white frame.
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (operatorWindow !== win) return;
    operatorWindow = null;
    for (const listener of closeListeners) listener();
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

/** Where the operator window is, so the wall goes elsewhere; null when there is none. */
export function operatorWindowBounds(): Rectangle | null {
  return hasOperatorWindow() && operatorWindow !== null ? operatorWindow.getBounds() : null;
}

/** Calls `listener` each time the operator window closes: the wall screen goes with it. */
export function whenOperatorWindowCloses(listener: () => void): void {
  closeListeners.add(listener);
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
