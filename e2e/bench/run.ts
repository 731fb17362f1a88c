/**
 * `npm run bench`: app start against a bare Leaflet page with the same plan and markers,
 * measured side by side in one run, on the demo site and on a generated year of
 * operation; plus the renderer's JS heap after start. Prints one JSON document to
 * stdout, progress to stderr. Exits 0 when a target is missed (it is a report), 1 on errors.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumExecutable } from '../support/chromium';
import { buildDemoSite } from '../../shared/demo/buildDemoSite';
import { generateLargeSite } from '../../shared/demo/generateLargeSite';
import { bareMapData, mapCounts, type MapCounts } from './bareMapData';
import {
  buildBare,
  buildDataBare,
  buildFloor,
  buildLogBare,
  buildPatrolsBare,
  buildShiftsBare,
  buildWallWriter,
} from './buildBare';
import { DATA_MOUNT, dataSection } from './dataSection';
import { logMeasure } from './logBench';
import { bareMapOnDemand, mapFromOverview, mapStart, stateChangeScenario } from './mapBench';
import { domContentLoaded, heapMb, markTime, reportPageErrors, rowCounts } from './measure';
import { patrolsSection } from './patrolsSection';
import { sheetsSection } from './sheetsSection';
import { wallSection } from './wallSection';
import { serveStatic } from './serve';
import { prepareShiftsPages, shiftsSection } from './shiftsSection';
import { compare, median, ratioOf, round1, sleep, summarize } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** Counted openings of the map from the overview; the map's starts are counted in MAP_ROUNDS. */
const MAP_RUNS = Number(process.env.BENCH_MAP_RUNS ?? RUNS);
const STATE_CHANGES = Number(process.env.BENCH_STATE_CHANGES ?? 8);
/** The map opened in the running app, and the bare map drawn in its page: short, and noisier for it (about 0.1 s each on the demo), so more of them. */
const OPENED_RUNS = Number(process.env.BENCH_OPENED_RUNS ?? 3 * MAP_RUNS);
/** Rounds of the map scenarios: a whole number of turns of the three pages, so each starts first as often as the others. */
const MAP_ROUNDS = Math.ceil(MAP_RUNS / 3) * 3;
/** Openings of the board on a week, each of the app and of the bare board page. */
const BOARD_RUNS = Number(process.env.BENCH_BOARD_RUNS ?? RUNS);
/** People taken off the week's board, one at a time, after one not counted. */
const BOARD_CHANGES = Number(process.env.BENCH_BOARD_CHANGES ?? 8);
/** Counted runs of the board's checks, in Node and in the page (each after 5 not counted): about 10 ms each. */
const CHECK_RUNS = Number(process.env.BENCH_CHECK_RUNS ?? 30);
/** Counted imports of the 5,000-row people file: each about 3 s with its own context and start. */
const IMPORT_RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 3);
/** Openings of the patrol history on a day and on a month, each of the app and of the bare page. */
const PATROL_RUNS = Number(process.env.BENCH_PATROL_RUNS ?? RUNS);
/** Prints of each sheet (the demo's shift, a shift of 200 people), each of the app and of its static page. */
const SHEET_RUNS = Number(process.env.BENCH_SHEET_RUNS ?? RUNS);
/** Counted runs of a month's punctuality in the bare page (after 3 not counted). */
/** Changes timed from the laptop's write to the wall's frame (after two not counted). */
const WALL_CHANGES = Number(process.env.BENCH_WALL_CHANGES ?? 50);
/** Changes made before the wall's heap is read again. */
const WALL_HEAP_CHANGES = Number(process.env.BENCH_WALL_HEAP_CHANGES ?? 10_000);
const PUNCTUALITY_RUNS = Number(process.env.BENCH_PUNCTUALITY_RUNS ?? 15);
/** Exports of the year, checks and restores of its file, and their references: each about 3 to 15 s on a ~45 MB file. */
const DATA_RUNS = Number(process.env.BENCH_DATA_RUNS ?? 3);
const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const rendererDir = join(repo, 'dist/renderer');
const bareDir = join(repo, 'dist/bench-bare');
const floorDir = join(repo, 'dist/bench-floor');
const shiftsDir = join(repo, 'dist/bench-shifts');
const patrolsDir = join(repo, 'dist/bench-patrols');
const logDir = join(repo, 'dist/bench-log');
const sheetsDir = join(repo, 'dist/bench-sheets');
const wallDir = join(repo, 'dist/bench-wall');
const dataDir = join(repo, 'dist/bench-data');

const APP_MARK = 'cordon:ready';
const BARE_MARK = 'bare:ready';
const START_TIMEOUT = 60_000;
const SETTLE_MS = 300;
const SEED_TIMEOUT = 240_000;
const YEAR_STORES = ['patrols', 'checkpointVisits', 'assignments', 'audit', 'entranceLog', 'activityLog'] as const;

const contextOptions: BrowserContextOptions = {
  viewport: { width: 1366, height: 768 },
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
};

const log = (msg: string) => process.stderr.write(`bench: ${msg}\n`);
const ms = (pairs: readonly Pair[], which: keyof Pair) => pairs.map((p) => p[which].ms);

function jsKb(dir: string): number {
  const assets = join(dir, 'assets');
  if (!existsSync(assets)) return Number.NaN;
  const bytes = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + statSync(join(assets, f)).size, 0);
  return Math.round(bytes / 1024);
}

interface Start {
  /** ms from navigation start to the ready mark */
  ms: number;
  /** DOMContentLoaded end, ms from navigation start */
  dcl: number;
  /** used JS heap after ready + GC, MB (NaN when not asked for) */
  heap: number;
  /** the app's own start-up marks (cordon:*), ms from navigation start; empty for the bare page */
  stages: Record<string, number>;
}

/**
 * One start in its own new page (a new renderer process) of the given context: what the
 * context holds (IndexedDB, HTTP cache, V8's code cache) is kept from earlier starts,
 * nothing in memory is. `inspect` runs on the ready page before it closes.
 */
async function startIn(
  context: BrowserContext,
  url: string,
  label: string,
  opts: { mark: string; timeout?: number; heap?: boolean; inspect?: (page: Page) => Promise<void> },
): Promise<Start> {
  const timeout = opts.timeout ?? START_TIMEOUT;
  // Let the previous page's process wind down first, so no start pays for another's teardown.
  await sleep(SETTLE_MS);
  const page = await context.newPage();
  try {
    reportPageErrors(page, label);
    await page.goto(url, { timeout });
    const ms = await markTime(page, opts.mark, timeout);
    const dcl = await domContentLoaded(page);
    const stages = await page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('cordon:'))
          .map((m) => [m.name.slice(7), m.startTime]),
      ),
    );
    const heap = opts.heap ? await heapMb(context, page) : Number.NaN;
    if (opts.inspect) await opts.inspect(page);
    return { ms, dcl, heap, stages };
  } finally {
    await page.close();
  }
}

interface Pair {
  cold: Start;
  warm: Start;
  /** The fourth start: Chromium keeps compiled code only for scripts it has run before, so by now both pages start as they do every day. */
  steady: Start;
}

/** A fresh context: the first start, a second on what the first left behind, then the fourth. */
async function coldThenWarm(browser: Browser, url: string, label: string, mark: string): Promise<Pair> {
  const context = await browser.newContext(contextOptions);
  try {
    const cold = await startIn(context, url, `${label} cold`, { mark });
    const warm = await startIn(context, url, `${label} warm`, { mark, heap: true });
    await startIn(context, url, `${label} third`, { mark });
    const steady = await startIn(context, url, `${label} steady`, { mark });
    return { cold, warm, steady };
  } finally {
    await context.close();
  }
}

const appPair = (browser: Browser, url: string) => coldThenWarm(browser, url, 'app demo', APP_MARK);
const barePair = (browser: Browser, url: string) => coldThenWarm(browser, url, 'bare', BARE_MARK);

/** The files index.html refers to (./assets/...), to tell a complete build from one being rewritten. */
function referencedAssets(dir: string): string[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].flatMap((m) => (m[1] ? [m[1]] : []));
}

async function snapshotBuild(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await rm(to, { recursive: true, force: true });
    await cp(from, to, { recursive: true }).catch(() => undefined);
    const complete = existsSync(join(to, 'index.html')) && referencedAssets(to).every((a) => existsSync(join(to, a)));
    if (complete) return;
    if (attempt === 10) throw new Error(`${from} stayed incomplete (being rebuilt?)`);
    log(`${from} looks mid-rebuild; retrying in 5 s`);
    await sleep(5000);
  }
}

/** Median time of each start-up mark over several starts. */
function stageMedians(starts: Start[]): Record<string, number> {
  const names = [...new Set(starts.flatMap((s) => Object.keys(s.stages)))];
  return Object.fromEntries(
    names.map((n) => [n, round1(median(starts.flatMap((s) => (n in s.stages ? [s.stages[n] ?? Number.NaN] : []))))]),
  );
}

/**
 * The map screen, two ways. Opened in the running app (the overview started and signed on
 * to, then 地图 clicked) against the bare map drawn in its running page: the time to show
 * the map, like for like. Then warm starts straight on #/map against the bare map page's
 * starts and the stack floor page's: a context for each, the first three starts of each
 * not counted (the app's first seeds the store from `appSeedUrl`, the floor's its own),
 * then MAP_ROUNDS starts each, in an order that turns each round.
 */
async function mapScenario(
  browser: Browser,
  label: string,
  appSeedUrl: string,
  urls: { app: string; bare: string; bareOnDemand: string; floor: string; overview: string },
  counts: MapCounts,
) {
  const opts = { timeout: START_TIMEOUT, settleMs: SETTLE_MS };
  const sides = ['app', 'bare', 'floor'] as const;
  const contexts = {
    app: await browser.newContext(contextOptions),
    bare: await browser.newContext(contextOptions),
    floor: await browser.newContext(contextOptions),
  };
  try {
    log(`${label}: seeding the store and warming up (${JSON.stringify(counts)})`);
    const seedMs = await mapStart(contexts.app, appSeedUrl, `${label} app seed`, counts, {
      ...opts,
      timeout: SEED_TIMEOUT,
    });
    for (let i = 0; i < 2; i++) await mapStart(contexts.app, urls.app, `${label} app warm-up`, counts, opts);
    for (const side of ['bare', 'floor'] as const) {
      for (let i = 0; i < 3; i++)
        await mapStart(contexts[side], urls[side], `${label} ${side} warm-up`, counts, {
          ...opts,
          timeout: SEED_TIMEOUT,
        });
    }
    const times = { app: [] as number[], bare: [] as number[], floor: [] as number[] };
    for (let i = 0; i < MAP_ROUNDS; i++) {
      for (let k = 0; k < sides.length; k++) {
        const side = sides[(i + k) % sides.length] ?? 'app';
        times[side].push(await mapStart(contexts[side], urls[side], `${label} ${side}`, counts, opts));
      }
      log(`${label} ${i + 1}/${MAP_ROUNDS}: ${sides.map((s) => `${s} ${times[s].at(-1)?.toFixed(0)} ms`).join('; ')}`);
    }
    // The map opened in the running app, against the bare map drawn in its running page, turn about.
    const opened = { app: [] as number[], bare: [] as number[] };
    for (let i = 0; i < OPENED_RUNS; i++) {
      const appFirst = i % 2 === 0;
      if (appFirst)
        opened.app.push(await mapFromOverview(contexts.app, urls.overview, `${label} from overview`, counts, opts));
      opened.bare.push(
        await bareMapOnDemand(contexts.bare, urls.bareOnDemand, `${label} bare on demand`, counts, opts),
      );
      if (!appFirst)
        opened.app.push(await mapFromOverview(contexts.app, urls.overview, `${label} from overview`, counts, opts));
    }
    log(
      `${label}: opened from the overview ${opened.app.map((t) => t.toFixed(0)).join(', ')} ms; bare drawn on demand ${opened.bare.map((t) => t.toFixed(0)).join(', ')} ms`,
    );
    return {
      opened_in_app: compare(opened.app, opened.bare, 1.5),
      started_on_map: {
        ...compare(times.app, times.bare, 1.5),
        floor_ms: summarize(times.floor),
        floor_vs_bare: ratioOf(times.floor, times.bare),
        app_vs_floor: ratioOf(times.app, times.floor),
      },
      counts,
      seed_start_ms: Math.round(seedMs),
    };
  } finally {
    for (const c of Object.values(contexts)) await c.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(rendererDir, 'index.html')))
    throw new Error(`${rendererDir}/index.html missing: run npm run build:renderer`);
  log('building the reference pages (bare and stack floor)');
  await buildBare(join(here, 'bare'), bareDir);
  await buildFloor(join(here, 'bare'), floorDir);
  await buildShiftsBare(join(here, 'bare'), shiftsDir);
  await buildPatrolsBare(join(here, 'bare'), patrolsDir);
  await buildLogBare(join(here, 'bare'), logDir);
  await buildWallWriter(join(here, 'bare'), wallDir);
  await buildDataBare(join(here, 'bare'), dataDir);
  // The bare board's data: the week from today, as ?seed=shift-site seeds it in the app.
  const shiftsPages = await prepareShiftsPages(shiftsDir, Date.now());
  // The bare map page's features: the same builders the app seeds its store with.
  const demoMap = bareMapData(buildDemoSite({ now: Date.now(), language: 'zh-CN' }));
  const largeMap = bareMapData(generateLargeSite({ now: Date.now(), language: 'zh-CN' }));
  for (const dir of [bareDir, floorDir]) {
    await mkdir(join(dir, 'data'), { recursive: true });
    await writeFile(join(dir, 'data/demo.json'), JSON.stringify(demoMap));
    await writeFile(join(dir, 'data/large.json'), JSON.stringify(largeMap));
  }

  // A snapshot of the built renderer: others may rebuild dist/renderer while this runs.
  const snapshot = await mkdtemp(join(tmpdir(), 'cordon-bench-'));
  const appDir = join(snapshot, 'renderer');
  await snapshotBuild(rendererDir, appDir);

  const server = await serveStatic({
    app: appDir,
    bare: bareDir,
    floor: floorDir,
    shifts: shiftsDir,
    patrols: patrolsDir,
    log: logDir,
    sheets: sheetsDir,
    wallbench: wallDir,
    [DATA_MOUNT]: dataDir,
  });
  const appUrl = `${server.origin}/app/index.html#/`;
  const yearSeedUrl = `${server.origin}/app/index.html?seed=year#/`;
  const bareUrl = `${server.origin}/bare/index.html`;
  log(`serving on ${server.origin}`);

  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [...chromiumArgs, '--enable-precise-memory-info'],
  });
  let yearContext: BrowserContext | null = null;
  try {
    // Warm-up, not counted: the first launch of anything pays for disk caches.
    log('warm-up');
    await barePair(browser, bareUrl);
    await appPair(browser, appUrl);

    // --- demo: fresh context per run, app and bare alternating ---
    const app: Pair[] = [];
    const bare: Pair[] = [];
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
      for (const which of order) {
        if (which === 'app') app.push(await appPair(browser, appUrl));
        else bare.push(await barePair(browser, bareUrl));
      }
      const a = app.at(-1);
      const b = bare.at(-1);
      log(
        `demo ${i + 1}/${RUNS}: app cold ${a?.cold.ms.toFixed(0)} warm ${a?.warm.ms.toFixed(0)} ms; bare cold ${b?.cold.ms.toFixed(0)} warm ${b?.warm.ms.toFixed(0)} ms`,
      );
    }

    // --- year: seed once in one context, then warm starts of #/ against the bare page ---
    log('seeding a generated year of operation (slow)');
    yearContext = await browser.newContext(contextOptions);
    let rows: Record<string, number> = {};
    const seedWall = Date.now();
    const seed = await startIn(yearContext, yearSeedUrl, 'app year seed', {
      mark: APP_MARK,
      timeout: SEED_TIMEOUT,
      inspect: async (page) => {
        rows = await rowCounts(page, YEAR_STORES);
      },
    });
    log(
      `year seeded and ready in ${seed.ms.toFixed(0)} ms (wall ${Date.now() - seedWall} ms); rows ${JSON.stringify(rows)}`,
    );

    const yearApp: Start[] = [];
    const yearBare: Start[] = [];
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
      for (const which of order) {
        if (which === 'app')
          yearApp.push(await startIn(yearContext, appUrl, 'app year', { mark: APP_MARK, heap: true }));
        else yearBare.push((await barePair(browser, bareUrl)).steady);
      }
      log(
        `year ${i + 1}/${RUNS}: app warm ${yearApp.at(-1)?.ms.toFixed(0)} ms; bare warm ${yearBare.at(-1)?.ms.toFixed(0)} ms`,
      );
    }
    // --- patrols: the history on a day and a month, a month's punctuality, on the seeded year ---
    const patrols = await patrolsSection(yearContext, server.origin, {
      contextOptions,
      timeout: START_TIMEOUT,
      settleMs: SETTLE_MS,
      runs: PATROL_RUNS,
      punctualityRuns: PUNCTUALITY_RUNS,
      log,
      extra: [logMeasure(`${server.origin}/log/log.html`, START_TIMEOUT)],
    });
    // --- data: the year exported, its file checked and restored as another site, against plain Dexie ---
    log(`data: the year exported, checked and restored, ${DATA_RUNS} runs each against plain Dexie`);
    const data = await dataSection(browser, yearContext, server.origin, {
      contextOptions,
      runs: DATA_RUNS,
      timeout: SEED_TIMEOUT,
      settleMs: SETTLE_MS,
      dataDir,
      log,
    });
    await yearContext.close();
    yearContext = null;

    // --- the map screen: demo and large site, warm starts against the bare map page ---
    const base = `${server.origin}/app/index.html`;
    const mapPages = (data: string) => ({
      app: `${base}#/map`,
      overview: `${base}#/`,
      bare: `${server.origin}/bare/map.html?data=${data}`,
      bareOnDemand: `${server.origin}/bare/map.html?data=${data}&onDemand`,
      floor: `${server.origin}/floor/stack-map.html?data=${data}`,
    });
    const mapDemo = await mapScenario(browser, 'map demo', `${base}#/map`, mapPages('demo'), mapCounts(demoMap));
    const mapLarge = await mapScenario(
      browser,
      'map large',
      `${base}?seed=large-site#/map`,
      mapPages('large'),
      mapCounts(largeMap),
    );

    // --- an entrance state change on the map screen, through the UI ---
    const changeOpts = { contextOptions, seedTimeout: SEED_TIMEOUT, changes: STATE_CHANGES, log };
    log(`entrance state changes on the demo's map (${STATE_CHANGES} + 1 not counted)`);
    const change = await stateChangeScenario(browser, `${base}#/map`, mapCounts(demoMap), changeOpts);
    log(`entrance state changes on the large site's map (${STATE_CHANGES} + 1 not counted)`);
    const changeLarge = await stateChangeScenario(
      browser,
      `${base}?seed=large-site#/map`,
      mapCounts(largeMap),
      changeOpts,
    );

    // --- guard shifts: the board opened on a week, its checks, the people import ---
    const shifts = await shiftsSection(browser, server.origin, shiftsPages, {
      contextOptions,
      timeout: START_TIMEOUT,
      seedTimeout: SEED_TIMEOUT,
      settleMs: SETTLE_MS,
      boardRuns: BOARD_RUNS,
      boardChanges: BOARD_CHANGES,
      checkRuns: CHECK_RUNS,
      importRuns: IMPORT_RUNS,
      log,
    });

    // --- printed sheets: from print to PDF, the demo's shift and a shift of 200 people ---
    log('printed sheets: the demo and a shift of 200 people, each against its static page');
    const sheets = await sheetsSection(browser, server.origin, sheetsDir, {
      contextOptions,
      runs: SHEET_RUNS,
      timeout: SEED_TIMEOUT,
      log,
    });

    // --- the wall screen: a write on the laptop's side to the wall's frame, and its heap ---
    log(`wall screen: ${WALL_CHANGES} changes timed, then its heap after ${WALL_HEAP_CHANGES} more`);
    const wall = await wallSection(browser, server.origin, {
      contextOptions,
      changes: WALL_CHANGES,
      heapChanges: WALL_HEAP_CHANGES,
      timeout: SEED_TIMEOUT,
      log,
    });

    const report = {
      machine: {
        cpus: cpus().length,
        cpu_model: cpus()[0]?.model ?? 'unknown',
        node: process.version,
        chromium: browser.version(),
      },
      date: new Date().toISOString(),
      note:
        'Times are ms from navigation start to the ready mark (app: cordon:ready on #/, bare: bare:ready), ' +
        `${RUNS} runs each, app and bare alternating, served by one local static server (no-cache + ETag). ` +
        'demo_cold is a fresh context with an empty store: it includes first-start seeding of the demo site ' +
        "(building it and writing it to IndexedDB), compared with the bare page's first load. " +
        'Every start is a new page (new renderer process) in its context. demo_warm is the second start (store exists, ' +
        "HTTP cache warm; Chromium has not yet kept compiled code), against the bare page's second start. demo_steady " +
        "is the fourth start in the same context, against the bare page's fourth: compiled code is cached for both, as " +
        'on a laptop that has run the app before. year_warm: starts on a store holding a year of operation (the same ' +
        "context, started many times), against the bare page's fourth start. year seed_ms is the one-off " +
        "?seed=year start (generate + write a year, then ready). app_dcl_ms: DOMContentLoaded of the app's warm start " +
        '(the rest up to ready is opening IndexedDB, its queries, rendering and the plan image); app_stages_ms: median of ' +
        "the app's own marks (app-code = all start-up code evaluated, db-open = store open, begun before React and " +
        "Leaflet evaluate, first-read = the shell's session and the first screen's live queries answered (and its code loaded), " +
        'home-mounted, plan-loaded, ready). heap_mb is usedJSHeapSize ' +
        "after ready + forced GC (median). bundle_js_kb: all .js in each build's assets (the app's includes its lazy seed chunks).",
      startup: {
        demo_cold: {
          ...compare(ms(app, 'cold'), ms(bare, 'cold'), 1.5),
          app_dcl_ms: round1(median(app.map((r) => r.cold.dcl))),
        },
        demo_warm: {
          ...compare(ms(app, 'warm'), ms(bare, 'warm'), 1.5),
          app_dcl_ms: round1(median(app.map((r) => r.warm.dcl))),
          app_stages_ms: stageMedians(app.map((r) => r.warm)),
        },
        demo_steady: {
          ...compare(ms(app, 'steady'), ms(bare, 'steady'), 1.5),
          app_stages_ms: stageMedians(app.map((r) => r.steady)),
        },
        year_warm: {
          ...compare(
            yearApp.map((r) => r.ms),
            yearBare.map((r) => r.ms),
            2.0,
          ),
          app_dcl_ms: round1(median(yearApp.map((r) => r.dcl))),
          app_stages_ms: stageMedians(yearApp),
          rows,
          seed_ms: Math.round(seed.ms),
        },
      },
      map: {
        note:
          'Shown = the frame that shows every feature of the site: the plan picture loaded, all entrance, post, ' +
          'work-symbol and checkpoint markers in the DOM, then two more animation frames (the perimeter lines are on a ' +
          'canvas Leaflet redraws on the next frame); the same check, polled every frame, for the app and for the bare ' +
          'page (plain Leaflet, the same features from a JSON file, no React/Dexie/layer control/scale bar). ' +
          'opened_in_app (the time to show the map, the figure the map issue sets 1.5 for): app_ms from the click on 地图 ' +
          'in the running app (the overview started and signed on to, then the navigation link clicked) to shown, against ' +
          'bare_ms from the call that draws the bare map in its running page (map.html&onDemand: Leaflet loaded and the plan ' +
          'picture decoded, as the app has it from its overview, nothing drawn; the call fetches the JSON and draws) to ' +
          `shown; ${OPENED_RUNS} of each, turn about. ` +
          "started_on_map: ms from navigation start to shown, for a start straight on the app's #/map (a reload there) " +
          "and for the bare page's start: app start and map together, as startup.* measures the app start on the " +
          'overview. floor_ms: the stack floor page (e2e/bench/bare/stack-map.html): the same features read with Dexie ' +
          'from its own IndexedDB and drawn with React 19 + react-leaflet, and nothing else (no shell, sign-on, live ' +
          'queries, panels); floor_vs_bare is what the stack alone costs at a start, app_vs_floor what the app costs over it. ' +
          `Warm starts: each page in its own context, 3 starts not counted (the app's and the floor's first seed their ` +
          `stores), then ${MAP_ROUNDS} counted, the order turning each round. map_large: ?seed=large-site, a 4000x2800 grid ` +
          "plan. state_change_ms: on the demo's #/map with doorway 3's side panel open, 改状态 → a state in the dialog, " +
          'toggling 封闭/管控开放; from the click event on the state button to the first animation frame after the ' +
          'marker with the new title is in the DOM (to_dom_ms: to the DOM only); to_store_write_ms: click to the ' +
          "completion of the first read-write IndexedDB transaction after it (the page's IDBDatabase.transaction " +
          'instrumented by the bench). frame_ms: median rAF interval on that page. Target: on screen within ' +
          'store write + one frame (median to_screen <= median to_store_write + frame_ms). state_change_large_ms: the same ' +
          "on the large site's map (its doorway 3 among 60 entrances, 200 posts and 2,000 works), against the same target.",
        map_demo: mapDemo,
        map_large: mapLarge,
        state_change_ms: change,
        state_change_large_ms: changeLarge,
      },
      shifts,
      patrols,
      data,
      sheets,
      wall,
      heap_mb: {
        app_demo: round1(median(app.map((r) => r.warm.heap))),
        app_year: round1(median(yearApp.map((r) => r.heap))),
        bare: round1(median(bare.map((r) => r.warm.heap))),
      },
      bundle_js_kb: {
        app: jsKb(appDir),
        bare: jsKb(bareDir),
        floor: jsKb(floorDir),
        shifts_bare: jsKb(shiftsDir),
        patrols_bare: jsKb(patrolsDir),
        log_bare: jsKb(logDir),
      },
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    if (yearContext) await yearContext.close().catch(() => undefined);
    await browser.close();
    await server.close();
    await rm(snapshot, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
