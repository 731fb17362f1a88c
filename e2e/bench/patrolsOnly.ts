/**
 * The bench's `patrols` section alone (`npx tsx e2e/bench/patrolsOnly.ts` after
 * `npm run build:renderer`): for working on the patrol history and the log without the whole run.
 * Same pages, seed and measures as in run.ts; prints the section's JSON to stdout.
 */
import { chromium } from '@playwright/test';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumExecutable } from '../support/chromium';
import { buildLogBare, buildPatrolsBare } from './buildBare';
import { logMeasure } from './logBench';
import { markTime } from './measure';
import { patrolsSection } from './patrolsSection';
import { serveStatic } from './serve';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const patrolsDir = join(repo, 'dist/bench-patrols');
const logDir = join(repo, 'dist/bench-log');
const log = (msg: string) => process.stderr.write(`bench: ${msg}\n`);
const contextOptions = { viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };

async function main(): Promise<void> {
  await buildPatrolsBare(join(here, 'bare'), patrolsDir);
  await buildLogBare(join(here, 'bare'), logDir);
  const server = await serveStatic({ app: join(repo, 'dist/renderer'), patrols: patrolsDir, log: logDir });
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
  try {
    const context = await browser.newContext(contextOptions);
    log('seeding a generated year of operation (slow)');
    const page = await context.newPage();
    await page.goto(`${server.origin}/app/index.html?seed=year#/`, { timeout: 240_000 });
    await markTime(page, 'cordon:ready', 240_000);
    await page.close();
    const runs = Number(process.env.BENCH_PATROL_RUNS ?? 7);
    const punctualityRuns = Number(process.env.BENCH_PUNCTUALITY_RUNS ?? 15);
    const section = await patrolsSection(context, server.origin, {
      contextOptions,
      timeout: 60_000,
      settleMs: 300,
      runs,
      punctualityRuns,
      log,
      extra: [logMeasure(`${server.origin}/log/log.html`, 60_000)],
    });
    process.stdout.write(`${JSON.stringify(section, null, 2)}\n`);
    await context.close();
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
