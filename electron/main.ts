import { app, ipcMain, session } from 'electron';
import { shellTextFor } from './i18n/shellText';
import { createBridgeHandlers } from './ipc/handlers';
import { registerBridge } from './ipc/registry';
import { installAppMenu } from './menu';
import { rendererRoot } from './paths';
import { registerAppScheme, serveAppScheme } from './protocol';
import { hardenAllWebContents, lockDownSession } from './security';
import { startupSwitches } from './startupSwitches';
import { closeWallWithOperator, openWallWindow, restoreWallWindow, wallAppQuitting } from './wall/wallWindow';
import { createOperatorWindow, focusOperatorWindow, hasOperatorWindow, whenOperatorWindowCloses } from './windows';

// On Linux, X11: Wayland ignores window positions, and the wall window must land on the
// external display. Appended here for packaged launches; `npm start` also passes it on
// the command line, which takes effect earlier.
for (const [name, value] of startupSwitches(process.platform)) app.commandLine.appendSwitch(name, value);

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

  // From here on, windows close because the app quits: the wall stays remembered open.
  app.on('before-quit', wallAppQuitting);
  // The wall is no working window: it closes with the operator's, and the app quits as usual.
  whenOperatorWindowCloses(closeWallWithOperator);

  app
    .whenReady()
    .then(() => {
      lockDownSession(session.defaultSession);
      serveAppScheme(rendererRoot);
      registerBridge(ipcMain, createBridgeHandlers());
      installAppMenu({
        platform: process.platform,
        withDevTools: !app.isPackaged,
        text: shellTextFor(app.getPreferredSystemLanguages()),
        openWall: () => {
          openWallWindow().catch((error: unknown) => {
            console.error('cordon: the wall window did not open', error);
          });
        },
      });
      createOperatorWindow();
      restoreWallWindow().catch((error: unknown) => {
        console.error('cordon: the wall window did not come back', error);
      });
    })
    .catch((error: unknown) => {
      console.error('cordon: failed to start', error);
      app.exit(1);
    });
}
