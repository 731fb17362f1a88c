import type { App, Session, WebContents } from 'electron';
import { createNavigationGuard, NAVIGATION_GUARD_GLOBAL, type NavigationGuard } from './navigationGuard';
import { isPermissionAllowed } from './permissions';

/**
 * Applies the baseline to every webContents the app ever creates (windows, hidden
 * print windows, anything added later), so no window can forget it.
 */
export function hardenAllWebContents(app: App): void {
  const navigationGuard = createNavigationGuard();
  // Published for the Electron specs (see NAVIGATION_GUARD_GLOBAL); pages cannot reach main's globals.
  Object.defineProperty(globalThis, NAVIGATION_GUARD_GLOBAL, { value: navigationGuard, configurable: true });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, navigationGuard));
}

function hardenWebContents(contents: WebContents, navigationGuard: NavigationGuard): void {
  // The app never leaves its origin; a link or script that tries is ignored (and recorded).
  contents.on('will-navigate', (event) => {
    if (navigationGuard.refuses(event.url, 'will-navigate')) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (navigationGuard.refuses(event.url, 'will-redirect')) event.preventDefault();
  });
  // New windows are opened by main, never by the page.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  lockDownSession(contents.session);
}

export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
}
