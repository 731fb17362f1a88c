/**
 * The bench's `sheets` section alone (`npx tsx e2e/bench/sheetsOnly.ts` after
 * `npm run build:renderer`): same pages and measures as in run.ts; prints the section's JSON.
 */
import { chromium } from '@playwright/test';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumExecutable } from '../support/chromium';
import { serveStatic } from './serve';
import { sheetsSection } from './sheetsSection';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const sheetsDir = join(repo, 'dist/bench-sheets');
const log = (msg: string) => process.stderr.write(`bench: ${msg}\n`);
const contextOptions = { viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };

async function main(): Promise<void> {
  const server = await serveStatic({ app: join(repo, 'dist/renderer'), sheets: sheetsDir });
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
  try {
    const runs = Number(process.env.BENCH_SHEET_RUNS ?? 7);
    const section = await sheetsSection(browser, server.origin, sheetsDir, {
      contextOptions,
      runs,
      timeout: 120_000,
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
