/**
 * The renderer's origin. It is fixed forever: IndexedDB (all of the user's data)
 * belongs to the origin, so a different scheme or host would open an empty database.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'cordon';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for URLs on exactly our origin: no user info, no port, no look-alike host. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
