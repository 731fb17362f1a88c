import { app, BrowserWindow, screen } from 'electron';
import { preloadPath } from '../paths';
import { operatorWindowBounds } from '../windows';
import { createWallController, type WallController, type WallHost, type WallWindow } from './wallController';
import { toDisplayInfo, type WallPlacement } from './wallDisplay';
import { wallMemoryPath } from './wallMemory';
import { wallMemoryFile, type WallMemoryFile } from './wallMemoryFile';
import { WALL_PAGE_URL, wallWindowOptions } from './wallWindowOptions';

/** How long a wall page that failed to load waits before it is loaded again. */
const RELOAD_AFTER_FAILURE_MS = 30_000;

let wall: { controller: WallController; memory: WallMemoryFile } | null = null;

// Made on first use: `screen` and the user-data folder are only there once the app is ready.
function theWall(): { controller: WallController; memory: WallMemoryFile } {
  if (wall === null) {
    const memory = wallMemoryFile(wallMemoryPath(app.getPath('userData')));
    wall = { memory, controller: createWallController(electronWallHost(memory)) };
  }
  return wall;
}

/** Opens the wall screen's window, or brings the open one forward; resolves once it is remembered open. */
export function openWallWindow(): Promise<void> {
  return theWall().controller.open();
}

/** At start, once the operator window is made: reopens the wall if it was open when the app last quit. */
export async function restoreWallWindow(): Promise<void> {
  const { controller, memory } = theWall();
  await controller.restore(await memory.read());
}

/** The operator window closed: the wall closes too, and comes back at the next start. */
export function closeWallWithOperator(): void {
  wall?.controller.closeWithOperator();
}

/** The app is quitting: the wall closing now is not the user closing it. */
export function wallAppQuitting(): void {
  wall?.controller.quitting();
}

function electronWallHost(memory: WallMemoryFile): WallHost {
  return {
    openWindow: (placement, { focus, closed }) => openElectronWallWindow(placement, focus, closed),
    displays: () => {
      const primaryId = screen.getPrimaryDisplay().id;
      return screen.getAllDisplays().map((d) => toDisplayInfo(d, primaryId));
    },
    operatorDisplayId: () => {
      const bounds = operatorWindowBounds();
      return bounds === null ? null : screen.getDisplayMatching(bounds).id;
    },
    watchDisplays: (changed) => {
      screen.on('display-added', changed);
      screen.on('display-removed', changed);
      screen.on('display-metrics-changed', changed);
      return () => {
        screen.off('display-added', changed);
        screen.off('display-removed', changed);
        screen.off('display-metrics-changed', changed);
      };
    },
    remember: (state) =>
      memory.write(state).catch((error: unknown) => {
        console.warn('cordon: could not remember the wall screen', error);
      }),
  };
}

function openElectronWallWindow(placement: WallPlacement, focus: boolean, closed: () => void): WallWindow {
  const win = new BrowserWindow(wallWindowOptions(preloadPath, placement));
  // The task switcher shows the product, whatever the page calls itself.
  win.on('page-title-updated', (event) => event.preventDefault());
  // Shown once painted; reopened at start it leaves the keyboard to the operator window.
  win.once('ready-to-show', () => (focus ? win.show() : win.showInactive()));
  win.on('closed', closed);
  // Nobody stands at the wall to reload it: a page that dies or fails to load comes back by itself.
  win.webContents.on('render-process-gone', () => {
    if (!win.isDestroyed()) win.webContents.reload();
  });
  win.webContents.on('did-fail-load', (_event, _code, _description, _url, isMainFrame) => {
    if (!isMainFrame) return;
    setTimeout(() => {
      if (!win.isDestroyed()) win.loadURL(WALL_PAGE_URL).catch(() => undefined);
    }, RELOAD_AFTER_FAILURE_MS);
  });
  win.loadURL(WALL_PAGE_URL).catch((error: unknown) => {
    console.error('cordon: the wall window failed to load', error);
  });
  return {
    place: (next) => place(win, next),
    bounds: () => win.getBounds(),
    bringForward: () => {
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
    },
    close: () => {
      if (!win.isDestroyed()) win.close();
    },
  };
}

function place(win: BrowserWindow, placement: WallPlacement): void {
  const apply = () => {
    if (win.isDestroyed()) return;
    win.setBounds(placement.bounds);
    if (placement.fullScreen) win.setFullScreen(true);
  };
  if (!win.isFullScreen()) {
    apply();
    return;
  }
  // A full-screen window keeps its display whatever bounds it is given, and leaving full
  // screen takes a moment on some desktops: the bounds are set once it has left.
  win.once('leave-full-screen', apply);
  win.setFullScreen(false);
  // Where leaving is immediate, there is nothing to wait for.
  if (!win.isFullScreen()) {
    win.off('leave-full-screen', apply);
    apply();
  }
}
