import { readFile, stat } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from './appOrigin';
import { CONTENT_SECURITY_POLICY } from './csp';
import { isHtmlMimeType } from './mimeTypes';
import { resolveAppPath } from './resolveAppPath';

/**
 * Must run before `ready`. `standard` gives the scheme real origins (so IndexedDB and
 * localStorage work and are keyed to app://cordon); `secure` makes it a secure
 * context; fetch and CORS let the renderer load its own module scripts and assets.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

/** Serves the built renderer (dist/renderer) as app://cordon/… . Call after `ready`. */
export function serveAppScheme(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => respond(rendererRoot, request));
}

async function respond(rendererRoot: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');

  const resolved = resolveAppPath(rendererRoot, request.url);
  if (!resolved.ok) return plain(resolved.status, resolved.status === 403 ? 'Forbidden' : 'Not found');

  // Symlinks are not resolved: the folder is the app's own build output, and
  // realpath is unreliable inside app.asar.
  let body: Uint8Array<ArrayBuffer>;
  try {
    const info = await stat(resolved.filePath);
    if (!info.isFile()) return plain(404, 'Not found');
    body = new Uint8Array(await readFile(resolved.filePath));
  } catch {
    return plain(404, 'Not found');
  }

  const headers: Record<string, string> = {
    'Content-Type': resolved.mimeType,
    'Content-Length': String(body.byteLength),
    'X-Content-Type-Options': 'nosniff',
    // A new version of the app must never run against stale cached assets.
    'Cache-Control': 'no-cache',
  };
  if (isHtmlMimeType(resolved.mimeType)) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}
