/**
 * The bench's `sheets` section alone (`npx tsx e2e/bench/sheetsOnly.ts` after
 * `npm run build:renderer`): same pages and measures as in run.ts; prints the section's JSON.
 */
import { join } from 'node:path';
import { benchLog, repo, runSectionAlone } from './sectionAlone';
import { sheetsSection } from './sheetsSection';

const sheetsDir = join(repo, 'dist/bench-sheets');
const contextOptions = { viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };

runSectionAlone({ sheets: sheetsDir }, (browser, origin) =>
  sheetsSection(browser, origin, sheetsDir, {
    contextOptions,
    runs: Number(process.env.BENCH_SHEET_RUNS ?? 7),
    timeout: 120_000,
    log: benchLog,
  }),
);
