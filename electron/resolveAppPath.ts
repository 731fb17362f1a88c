import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './appOrigin';
import { mimeTypeOf } from './mimeTypes';

export type AppPathResolution =
  | { readonly ok: true; readonly filePath: string; readonly mimeType: string }
  | { readonly ok: false; readonly status: 403 | 404 };

const URL_PARTS = new RegExp(`^${APP_SCHEME}://([^/?#]*)([^?#]*)`, 'i');

/**
 * Maps an app:// URL to a file under `rootDir`, or to an error status.
 *
 * The URL is taken apart by hand rather than with `new URL`, which would quietly
 * resolve `..` segments: anything that even looks like an escape attempt is refused
 * (403) instead of being normalised into some other file that happens to exist.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): AppPathResolution {
  const match = URL_PARTS.exec(requestUrl);
  if (!match) return { ok: false, status: 404 };
  const host = match[1] ?? '';
  if (host.toLowerCase() !== APP_HOST) return { ok: false, status: 404 };

  // Starts with "/" by the pattern above (the host stops at the first "/", "?" or "#").
  const rawPath = match[2] || '/';

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 403 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 403 };

  const withIndex = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const segments = withIndex.slice(1).split('/');
  // Empty segments ("//etc") and drive letters ("C:") are how absolute paths sneak in;
  // with them, backslashes and NUL refused, what is left is a relative path on every system.
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.includes(':'))) {
    return { ok: false, status: 403 };
  }

  const filePath = path.join(rootDir, ...segments);
  if (!isInsideDir(rootDir, filePath)) return { ok: false, status: 403 };
  return { ok: true, filePath, mimeType: mimeTypeOf(filePath) };
}

/** The last line of defence: whatever the checks above missed, never leave the root. */
export function isInsideDir(rootDir: string, candidate: string): boolean {
  const rel = path.relative(path.resolve(rootDir), path.resolve(candidate));
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
