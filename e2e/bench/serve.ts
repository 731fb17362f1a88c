import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';
import { mimeTypeOf } from '../../electron/mimeTypes';

export interface StaticServer {
  /** e.g. http://127.0.0.1:40123 (no trailing slash) */
  origin: string;
  close(): Promise<void>;
}

/**
 * One small static server for several directories, each under its own URL prefix
 * (`{ app: '/abs/dist/renderer' }` serves it at /app/). Files are revalidated on every
 * load (no-cache + ETag, 304 when unchanged), the same for every directory, so the app
 * and the reference page compete on equal terms.
 */
export async function serveStatic(mounts: Record<string, string>): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      try {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const [, prefix = '', ...rest] = decodeURIComponent(url.pathname).split('/');
        const root = mounts[prefix];
        if (!root || (req.method !== 'GET' && req.method !== 'HEAD')) {
          res.writeHead(404).end();
          return;
        }
        let rel = rest.join('/');
        if (rel === '' || rel.endsWith('/')) rel += 'index.html';
        const file = normalize(join(root, rel));
        if (file !== root && !file.startsWith(root + sep)) {
          res.writeHead(403).end();
          return;
        }
        const info = await stat(file).catch(() => null);
        if (!info?.isFile()) {
          res.writeHead(404).end();
          return;
        }
        const body = await readFile(file);
        const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
        const headers = {
          'Content-Type': mimeTypeOf(file),
          'Cache-Control': 'no-cache',
          ETag: etag,
        };
        if (req.headers['if-none-match'] === etag) {
          res.writeHead(304, headers).end();
          return;
        }
        res.writeHead(200, { ...headers, 'Content-Length': body.length });
        res.end(req.method === 'HEAD' ? undefined : body);
      } catch (err) {
        process.stderr.write(`static server: ${String(err)}\n`);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
