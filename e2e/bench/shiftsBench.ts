import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import type { BoardCounts } from './bareShiftsData';
import { recordStoreWrites, signOn } from './mapBench';
import { frameMs, reportPageErrors } from './measure';
import type { ShiftsCheckFigures } from './shiftsCheck';
import { compare, ratioOf, round1, sleep, summarize } from './stats';
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

/**
 * One import of the bench's people file through the app's dialog, in a new context (the
 * demo seeded by the first start, so every import meets the same 219 people): 排班 → 人员 →
 * 导入名单… → the file given to the file chooser. Timed in the page: from the file input's
 * change event to the frame that shows the check's summary (read + check + preview), and
 * from the click on the import button to the frame that shows it done (the command).
 */
async function importOnce(
  browser: Browser,
  url: string,
  file: { name: string; bytes: Buffer; rows: number },
  opts: Opts,
): Promise<{ read: Watched; write: Watched }> {
  const context = await browser.newContext(opts.contextOptions);
  try {
    const page = await context.newPage();
    reportPageErrors(page, 'import');
    await page.goto(url, { timeout: opts.seedTimeout });
    await signOn(page);
    await page.getByRole('tab', { name: '人员' }).click();
    await page.getByRole('button', { name: '导入名单…' }).click();
    const dialog = page.getByRole('dialog', { name: '导入人员名单' });
    await sleep(opts.settleMs);
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: '选择文件…' }).click();
    await watchFor(page, 'change', 'input[type="file"]', [
      { selector: '[data-testid="people-io-summary"]', text: `可导入 ${file.rows} 人，有问题 0 行。` },
    ]);
    await (await chooser).setFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.bytes });
    const read = await watched(page, opts.timeout);
    await sleep(opts.settleMs);
    await watchFor(page, 'click', 'button[type="submit"]', [
      { selector: '[data-testid="people-io-status"]', text: `已导入 ${file.rows} 人` },
    ]);
    await dialog.getByRole('button', { name: `导入 ${file.rows} 人` }).click();
    const write = await watched(page, opts.timeout);
    return { read, write };
  } finally {
    await context.close();
  }
}

/** The bench's people file read with exceljs alone in the bare board page: the reference for the import's read. */
async function bareRead(browser: Browser, url: string, fileUrl: string, opts: Opts): Promise<number> {
  const context = await browser.newContext(opts.contextOptions);
  try {
    const page = await context.newPage();
    reportPageErrors(page, 'bare xlsx read');
    await page.goto(url, { timeout: opts.timeout });
    await page.locator('body[data-ready="true"]').waitFor({ timeout: opts.timeout });
    const { ms, rows } = await page.evaluate(
      (u) =>
        (window as unknown as { benchReadXlsx: (u: string) => Promise<{ ms: number; rows: number }> }).benchReadXlsx(u),
      fileUrl,
    );
    if (rows < 2) throw new Error(`bare read gave ${rows} rows`);
    return ms;
  } finally {
    await context.close();
  }
}

/**
 * The people import of `file.rows` rows from xlsx, through the app's dialog, `runs` times,
 * turn about with the bare exceljs read of the same file. Target: read, check and import
 * under 3 s together.
 */
export async function importScenario(
  browser: Browser,
  urls: { app: string; bare: string; file: string },
  file: { name: string; bytes: Buffer; rows: number },
  opts: Opts & { runs: number; log: (msg: string) => void },
) {
  // Not counted: the first start of the app and of exceljs in this browser.
  await importOnce(browser, urls.app, file, opts);
  await bareRead(browser, urls.bare, urls.file, opts);
  const runs: { read: Watched; write: Watched }[] = [];
  const bare: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    if (i % 2 === 0) runs.push(await importOnce(browser, urls.app, file, opts));
    bare.push(await bareRead(browser, urls.bare, urls.file, opts));
    if (i % 2 === 1) runs.push(await importOnce(browser, urls.app, file, opts));
    const r = runs.at(-1);
    opts.log(
      `import ${i + 1}/${opts.runs}: read+check ${r?.read.toScreen.toFixed(0)} ms, import ${r?.write.toScreen.toFixed(0)} ms; bare exceljs read ${bare.at(-1)?.toFixed(0)} ms`,
    );
  }
  const total = runs.map((r) => r.read.toScreen + r.write.toScreen);
  const reads = runs.map((r) => r.read.toScreen);
  const limit = 3000;
  const totalMs = summarize(total);
  return {
    rows: file.rows,
    bytes: file.bytes.length,
    read_check_ms: summarize(reads),
    bare_read_ms: summarize(bare),
    read_vs_bare: ratioOf(reads, bare),
    import_ms: summarize(runs.map((r) => r.write.toScreen)),
    total_ms: totalMs,
    limit_ms: limit,
    met: totalMs.median < limit,
  };
}
