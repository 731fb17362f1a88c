import { readRoute } from './routes';

/** The wall screen's route: a page of its own, drawn without the shell. */
export const WALL_ROUTE = '/wall';

/** How long the wall shows that it could not start before it tries again. */
export const WALL_RETRY_MS = 30_000;

export const isWallRoute = (route: string): boolean => route === WALL_ROUTE || route.startsWith(`${WALL_ROUTE}/`);

/**
 * A window is either the wall or the app, decided when the page starts: when its address
 * moves from one to the other (`#/wall` typed into the operator's window, or the wall's
 * address edited), the page starts again as the other.
 */
export function restartOnWallSwitch(startedAsWall: boolean): void {
  window.addEventListener('hashchange', () => {
    if (isWallRoute(readRoute()) !== startedAsWall) window.location.reload();
  });
}
