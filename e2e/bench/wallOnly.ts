/**
 * The bench's `wall` section alone (`npx tsx e2e/bench/wallOnly.ts` after
 * `npm run build:renderer`): same pages and measures as in run.ts; prints the section's JSON.
 */
import { chromium } from '@playwright/test';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumExecutable } from '../support/chromium';
import { buildWallWriter } from './buildBare';
import { serveStatic } from './serve';
import { wallSection } from './wallSection';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const wallDir = join(repo, 'dist/bench-wall');
const log = (msg: string) => process.stderr.write(`bench: ${msg}\n`);

async function main(): Promise<void> {
  await buildWallWriter(join(here, 'bare'), wallDir);
  const server = await serveStatic({ app: join(repo, 'dist/renderer'), wallbench: wallDir });
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
  try {
    const section = await wallSection(browser, server.origin, {
      contextOptions: { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' },
      changes: Number(process.env.BENCH_WALL_CHANGES ?? 50),
      heapChanges: Number(process.env.BENCH_WALL_HEAP_CHANGES ?? 10_000),
      timeout: 240_000,
      log,
    });
    process.stdout.write(`${JSON.stringify(section, null, 2)}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
