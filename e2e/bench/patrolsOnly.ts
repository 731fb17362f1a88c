/**
 * The bench's `patrols` section alone (`npx tsx e2e/bench/patrolsOnly.ts` after
 * `npm run build:renderer`): for working on the patrol history and the log without the whole run.
 * Same pages, seed and measures as in run.ts; prints the section's JSON to stdout.
 */
import { join } from 'node:path';
import { buildLogBare, buildPatrolsBare } from './buildBare';
import { logMeasure } from './logBench';
import { markTime } from './measure';
import { patrolsSection } from './patrolsSection';
import { bareSources, benchLog, repo, runSectionAlone } from './sectionAlone';

const patrolsDir = join(repo, 'dist/bench-patrols');
const logDir = join(repo, 'dist/bench-log');
const contextOptions = { viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };

runSectionAlone(
  { patrols: patrolsDir, log: logDir },
  async (browser, origin) => {
    const context = await browser.newContext(contextOptions);
    benchLog('seeding a generated year of operation (slow)');
    const page = await context.newPage();
    await page.goto(`${origin}/app/index.html?seed=year#/`, { timeout: 240_000 });
    await markTime(page, 'cordon:ready', 240_000);
    await page.close();
    const section = await patrolsSection(context, origin, {
      contextOptions,
      timeout: 60_000,
      settleMs: 300,
      runs: Number(process.env.BENCH_PATROL_RUNS ?? 7),
      punctualityRuns: Number(process.env.BENCH_PUNCTUALITY_RUNS ?? 15),
      log: benchLog,
      extra: [logMeasure(`${origin}/log/log.html`, 60_000)],
    });
    await context.close();
    return section;
  },
  async () => {
    await buildPatrolsBare(bareSources, patrolsDir);
    await buildLogBare(bareSources, logDir);
  },
);
