import { chromium, type Browser } from '@playwright/test';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumExecutable } from '../support/chromium';
import { serveStatic } from './serve';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository, and the reference pages' sources. */
export const repo = resolve(here, '../..');
export const bareSources = join(here, 'bare');

export const benchLog = (msg: string) => process.stderr.write(`bench: ${msg}\n`);

/**
 * Runs one section of the bench on its own (the `*Only.ts` scripts, after
 * `npm run build:renderer`): `prepare` builds its reference pages, the built app and
 * `mounts` are served from one origin, `measure` runs in a Chromium, and the section's
 * JSON goes to stdout; the exit code says whether it ran.
 */
export function runSectionAlone(
  mounts: Record<string, string>,
  measure: (browser: Browser, origin: string) => Promise<unknown>,
  prepare: () => Promise<void> = async () => undefined,
): void {
  const main = async () => {
    await prepare();
    const server = await serveStatic({ app: join(repo, 'dist/renderer'), ...mounts });
    const executablePath = chromiumExecutable();
    const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
    try {
      const section = await measure(browser, server.origin);
      process.stdout.write(`${JSON.stringify(section, null, 2)}\n`);
    } finally {
      await browser.close();
      await server.close();
    }
  };
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    },
  );
}
