import { app, ipcMain, session } from 'electron';
import { createBridgeHandlers } from './ipc/handlers';
import { registerBridge } from './ipc/registry';
import { installAppMenu } from './menu';
import { rendererRoot } from './paths';
import { registerAppScheme, serveAppScheme } from './protocol';
import { hardenAllWebContents, lockDownSession } from './security';
import { createOperatorWindow, focusOperatorWindow, hasOperatorWindow } from './windows';

// Wayland ignores window positions, and the wall window must land on the external
// display. Appended here for packaged launches; `npm start` also passes it on the
// command line, which takes effect earlier.
if (process.platform === 'linux') app.commandLine.appendSwitch('ozone-platform', 'x11');

// Tests (and anyone running two profiles) pass --user-data-dir=<folder>. It must be
// applied before the single-instance lock, which is held per user-data folder.
const userDataDir = app.commandLine.getSwitchValue('user-data-dir');
if (userDataDir) app.setPath('userData', userDataDir);

// Every renderer sandboxed, including windows later features add, whatever they ask for.
app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // Another Cordon owns this data; it has been told to come forward (second-instance).
  app.quit();
} else {
  hardenAllWebContents(app);

  // Before ready there is no window to show yet; the first launch will open it anyway.
  app.on('second-instance', () => {
    if (app.isReady()) focusOperatorWindow();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (!hasOperatorWindow()) createOperatorWindow();
  });

  app
    .whenReady()
    .then(() => {
      lockDownSession(session.defaultSession);
      serveAppScheme(rendererRoot);
      registerBridge(ipcMain, createBridgeHandlers());
      installAppMenu(process.platform, !app.isPackaged);
      createOperatorWindow();
    })
    .catch((error: unknown) => {
      console.error('cordon: failed to start', error);
      app.exit(1);
    });
}
