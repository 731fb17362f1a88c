import { isAppUrl } from './appOrigin';

/** A navigation the shell refused: where the page tried to go, and the event that asked. */
export interface BlockedNavigation {
  readonly url: string;
  readonly by: 'will-navigate' | 'will-redirect';
}

export interface NavigationGuard {
  /** True when `url` leaves the app, so the navigation must be prevented; each one is recorded. */
  refuses(url: string, by: BlockedNavigation['by']): boolean;
  /** The navigations refused so far, oldest first: the latest `limit` of them. */
  blocked(): readonly BlockedNavigation[];
}

/**
 * The name under which main keeps its guard on its global object. Playwright's
 * `electronApp.evaluate` runs in the main process but reaches none of the bundle's
 * modules, only its globals: the Electron specs read the record there and wait for the
 * refusal itself, since a navigation that is prevented leaves no event in the page.
 */
export const NAVIGATION_GUARD_GLOBAL = '__cordonNavigationGuard';

export function createNavigationGuard(limit = 50): NavigationGuard {
  const blocked: BlockedNavigation[] = [];
  return {
    refuses(url, by) {
      if (isAppUrl(url)) return false;
      blocked.push({ url, by });
      // Bounded, so a page that retries in a loop cannot grow main's memory.
      if (blocked.length > limit) blocked.splice(0, blocked.length - limit);
      return true;
    },
    blocked: () => [...blocked],
  };
}
