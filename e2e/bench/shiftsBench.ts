import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import type { BoardCounts } from './bareShiftsData';
import { recordStoreWrites, signOn } from './mapBench';
import { frameMs, reportPageErrors } from './measure';
import type { ShiftsCheckFigures } from './shiftsCheck';
import { compare, round1, sleep, summarize } from './stats';
import { watched, watchFor, type Shown, type Watched } from './watch';

// Bodies passed to page.evaluate must not declare named functions (see measure.ts).

type Opts = { contextOptions: BrowserContextOptions; timeout: number; seedTimeout: number; settleMs: number };

const cellsShown = (c: BoardCounts): Shown[] => [
  { selector: '[data-testid="board-cell"]', count: c.cells },
  { selector: '[data-testid="cell-person"]', count: c.people },
];

/** Waits until the page's board shows exactly the cells and names of `counts`. */
async function boardShows(page: Page, c: BoardCounts, timeout: number): Promise<void> {
  await page.waitForFunction(
    (c) =>
      document.querySelectorAll('[data-testid="board-cell"]').length === c.cells &&
      document.querySelectorAll('[data-testid="cell-person"]').length === c.people,
    c,
    { timeout, polling: 50 },
  );
}

/**
 * One opening of the week: a new page of the context on `url`, `ready` run on it, the
 * board showing its first day (`day`), then 7 chosen in the 天数 select; from the select's
 * change event to the frame that draws all the week's cells and names (`week`).
 */
async function weekOpened(
  context: BrowserContext,
  url: string,
  label: string,
  counts: { day: BoardCounts; week: BoardCounts },
  opts: Opts,
  ready: (page: Page) => Promise<void> = async () => undefined,
): Promise<Watched> {
  await sleep(opts.settleMs);
  const page = await context.newPage();
  try {
    reportPageErrors(page, label);
    await page.goto(url, { timeout: opts.timeout });
    await ready(page);
    await boardShows(page, counts.day, opts.timeout);
    await sleep(opts.settleMs);
    await watchFor(page, 'change', 'select', cellsShown(counts.week));
    await page.getByLabel('天数').selectOption('7');
    return await watched(page, opts.timeout);
  } finally {
    await page.close();
  }
}

/**
 * People taken off the week's board one at a time (× on a cell of a shift not yet begun),
 * in a page of the app's context: from the click to the frame that shows the board without
 * them (the command, the store write, the live answer, the board's checks over the week and
 * the redraw), against the store write plus one frame. The first, which loads the commands'
 * code, is not counted. Run last: it changes the store.
 */
async function boardChanges(
  context: BrowserContext,
  url: string,
  counts: { day: BoardCounts; week: BoardCounts },
  opts: Opts & { changes: number; log: (msg: string) => void },
) {
  const page = await context.newPage();
  try {
    reportPageErrors(page, 'board change');
    await page.addInitScript(recordStoreWrites);
    await page.goto(url, { timeout: opts.timeout });
    await signOn(page);
    await boardShows(page, counts.day, opts.timeout);
    await page.getByLabel('天数').selectOption('7');
    await boardShows(page, counts.week, opts.timeout);
    const frame = await frameMs(page);
    const changes: { toScreen: number; toDom: number; toWrite: number }[] = [];
    for (let i = 0; i <= opts.changes; i++) {
      await sleep(opts.settleMs);
      await watchFor(page, 'click', '.cell-remove', [
        { selector: '[data-testid="cell-person"]', count: counts.week.people - i - 1 },
      ]);
      await page.locator('[data-testid="board-cell"] .cell-remove').first().click();
      const w = await watched(page, opts.timeout);
      const write = await page.evaluate(
        (at) => (window as unknown as { __benchWrites: number[] }).__benchWrites.find((t) => t >= at) ?? Number.NaN,
        w.at,
      );
      const c = { toScreen: w.toScreen, toDom: w.toDom, toWrite: write - w.at };
      if (i > 0) changes.push(c);
      opts.log(
        `board change ${i}${i === 0 ? ' (not counted)' : ''}: on screen ${c.toScreen.toFixed(1)} ms, store write ${c.toWrite.toFixed(1)} ms`,
      );
    }
    const toScreen = summarize(changes.map((c) => c.toScreen));
    const toWrite = summarize(changes.map((c) => c.toWrite));
    const target = round1(toWrite.median + frame);
    return {
      to_screen_ms: toScreen,
      to_dom_ms: summarize(changes.map((c) => c.toDom)),
      to_store_write_ms: toWrite,
      frame_ms: round1(frame),
      target_ms: target,
      met: toScreen.median <= target,
    };
  } finally {
    await page.close();
  }
}

/**
 * The assignment board opened on a week, in the app on the generated shift site (seeded in
 * its own context from `appSeedUrl`, then started on #/shifts and signed on to for each
 * opening), against the bare board page (the same cells from data in memory), turn about.
 */
export async function boardWeekScenario(
  browser: Browser,
  urls: { appSeed: string; app: string; bare: string },
  counts: { day: BoardCounts; week: BoardCounts },
  opts: Opts & { runs: number; changes: number; log: (msg: string) => void },
) {
  const contexts = {
    app: await browser.newContext(opts.contextOptions),
    bare: await browser.newContext(opts.contextOptions),
  };
  const app = (label: string, url = urls.app, timeout = opts.timeout) =>
    weekOpened(contexts.app, url, `board ${label}`, counts, { ...opts, timeout }, signOn);
  const bare = (label: string) => weekOpened(contexts.bare, urls.bare, `bare board ${label}`, counts, opts);
  try {
    opts.log(`board: seeding the shift site and warming up (${JSON.stringify(counts)})`);
    const seed = await app('seed', urls.appSeed, opts.seedTimeout);
    await app('warm-up');
    for (let i = 0; i < 2; i++) await bare('warm-up');
    const times = { app: [] as Watched[], bare: [] as Watched[] };
    for (let i = 0; i < opts.runs; i++) {
      const order = i % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
      for (const side of order) times[side].push(await (side === 'app' ? app : bare)(`${i + 1}`));
      opts.log(
        `board week ${i + 1}/${opts.runs}: app ${times.app.at(-1)?.toScreen.toFixed(0)} ms; bare ${times.bare.at(-1)?.toScreen.toFixed(0)} ms`,
      );
    }
    opts.log(`board: ${opts.changes} + 1 people taken off the week's board`);
    const change = await boardChanges(contexts.app, urls.app, counts, opts);
    const toScreen = (w: Watched[]) => w.map((x) => x.toScreen);
    const cmp = compare(toScreen(times.app), toScreen(times.bare), 1.5);
    const limit = 300;
    const week = {
      ...cmp,
      app_to_dom_ms: summarize(times.app.map((x) => x.toDom)),
      bare_to_dom_ms: summarize(times.bare.map((x) => x.toDom)),
      limit_ms: limit,
      under_limit: cmp.app_ms.median < limit,
      counts: counts.week,
      seed_week_ms: Math.round(seed.toScreen),
    };
    return { week, change };
  } finally {
    await contexts.app.close();
    await contexts.bare.close();
  }
}

/** The board's checks (shiftsCheck.ts) run in the bare board page: the same code on the same data, in Chromium. */
export async function shiftsCheckInPage(
  browser: Browser,
  url: string,
  opts: Opts & { runs: number; warmUp: number },
): Promise<ShiftsCheckFigures> {
  const context = await browser.newContext(opts.contextOptions);
  try {
    const page = await context.newPage();
    reportPageErrors(page, 'checks in page');
    await page.goto(url, { timeout: opts.timeout });
    await page.locator('body[data-ready="true"]').waitFor({ timeout: opts.timeout });
    return await page.evaluate(
      ({ runs, warmUp }) =>
        (
          window as unknown as { benchShiftsCheck: (r: number, w: number) => Promise<ShiftsCheckFigures> }
        ).benchShiftsCheck(runs, warmUp),
      { runs: opts.runs, warmUp: opts.warmUp },
    );
  } finally {
    await context.close();
  }
}
