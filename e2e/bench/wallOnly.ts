/**
 * The bench's `wall` section alone (`npx tsx e2e/bench/wallOnly.ts` after
 * `npm run build:renderer`): same pages and measures as in run.ts; prints the section's JSON.
 */
import { join } from 'node:path';
import { buildWallWriter } from './buildBare';
import { bareSources, benchLog, repo, runSectionAlone } from './sectionAlone';
import { wallSection } from './wallSection';

const wallDir = join(repo, 'dist/bench-wall');

runSectionAlone(
  { wallbench: wallDir },
  (browser, origin) =>
    wallSection(browser, origin, {
      contextOptions: { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' },
      changes: Number(process.env.BENCH_WALL_CHANGES ?? 50),
      heapChanges: Number(process.env.BENCH_WALL_HEAP_CHANGES ?? 10_000),
      timeout: 240_000,
      log: benchLog,
    }),
  () => buildWallWriter(bareSources, wallDir),
);
