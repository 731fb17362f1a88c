import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from '../appOrigin';
import { appWebPreferences } from '../webPreferences';
import type { WallPlacement } from './wallDisplay';

/** The wall screen's route on the app's page. */
export const WALL_PAGE_URL = `${APP_ENTRY_URL}#/wall`;

/** The wall screen's dark background: no white frame flashes on the big screen before it paints. */
export const WALL_BACKGROUND = '#0b0f14';

/**
 * The wall window, made where its placement says. It runs the same renderer as the
 * operator window, so it gets the same webPreferences. It is shown once painted; the
 * menu bar stays out of the picture (Alt shows it on Windows and Linux).
 */
export function wallWindowOptions(preload: string, placement: WallPlacement): BrowserWindowConstructorOptions {
  return {
    title: 'Cordon',
    ...placement.bounds,
    // Only ever set to true: `fullscreen: false` would also take the full-screen button away on macOS.
    ...(placement.fullScreen ? { fullscreen: true } : {}),
    show: false,
    autoHideMenuBar: true,
    backgroundColor: WALL_BACKGROUND,
    webPreferences: appWebPreferences(preload),
  };
}
