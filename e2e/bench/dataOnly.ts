/**
 * The bench's `data` section alone (`npx tsx e2e/bench/dataOnly.ts` after
 * `npm run build:renderer`): the generated year seeded, then exported, checked and
 * restored against its reference, as in run.ts; prints the section's JSON.
 */
import { join } from 'node:path';
import { buildDataBare } from './buildBare';
import { DATA_MOUNT, dataSection } from './dataSection';
import { markTime } from './measure';
import { bareSources, benchLog, repo, runSectionAlone } from './sectionAlone';

const dataDir = join(repo, 'dist/bench-data');
const contextOptions = { viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };
const SEED_TIMEOUT = 240_000;

runSectionAlone(
  { [DATA_MOUNT]: dataDir },
  async (browser, origin) => {
    const context = await browser.newContext(contextOptions);
    try {
      benchLog('seeding a generated year of operation (slow)');
      const page = await context.newPage();
      await page.goto(`${origin}/app/index.html?seed=year#/`, { timeout: SEED_TIMEOUT });
      await markTime(page, 'cordon:ready', SEED_TIMEOUT);
      await page.close();
      return await dataSection(browser, context, origin, {
        contextOptions,
        runs: Number(process.env.BENCH_DATA_RUNS ?? 3),
        timeout: SEED_TIMEOUT,
        settleMs: 300,
        dataDir,
        log: benchLog,
      });
    } finally {
      await context.close();
    }
  },
  () => buildDataBare(bareSources, dataDir),
);
