import { isAppUrl } from './appOrigin';

/**
 * Everything is denied unless listed here, and only ever for our own origin.
 * - persistent-storage: navigator.storage.persist(), so the browser never evicts the
 *   IndexedDB that holds all of the site's records.
 * - clipboard-sanitized-write: "copy" buttons (writing text only; reading stays denied).
 * - fullscreen: the wall display may go full screen from the page.
 */
const ALLOWED = new Set<string>(['persistent-storage', 'clipboard-sanitized-write', 'fullscreen']);

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return ALLOWED.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl);
}
