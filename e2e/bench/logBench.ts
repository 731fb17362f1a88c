import type { Page } from '@playwright/test';
import { markTime, reportPageErrors } from './measure';
import { signOn } from './mapBench';
import type { ExtraMeasure } from './patrolsSection';

// Bodies passed to page.evaluate must not declare named functions (see measure.ts).

/** A scroll of the list end to end, from the frames the browser drew while it went. */
export interface ScrollFigures {
  /** rows in the list scrolled */
  entries: number;
  frames: number;
  /** the longest gap between two animation frames: the target is under 50 ms */
  longestFrameMs: number;
  medianFrameMs: number;
  /** frames that took over 50 ms */
  over50: number;
  totalMs: number;
  /** frames drawn with a row still being read (its placeholder in view) */
  framesWithPlaceholders: number;
  /** which frames (by number from the start of the scroll) took over 50 ms, and how long */
  longFrames: { frame: number; ms: number }[];
}

export interface LogOpenFigures {
  /** ms from the period select's change (one day → the whole last year) to the frame that draws the year's first rows */
  yearOpenMs: number;
  scroll: ScrollFigures;
}

export interface LogBenchFigures extends LogOpenFigures {
  /** ms from the route change to #/log to the frame that draws today's first rows (or the empty list) */
  openMs: number;
  /** the same steps on the bare React page, when its URL is given */
  bare?: LogOpenFigures;
}

const LIST = '.log-list';
const ROWS = '.log-rows';

/** Waits for the list of the period to be in: its count shown and its first row drawn, not a placeholder. */
async function listShown(page: Page, timeout: number): Promise<number> {
  await page.waitForFunction(
    ({ list, rows }) => {
      const count = Number(document.querySelector(list)?.getAttribute('data-count') ?? 'NaN');
      const first = document.querySelector(`${rows} [role="listitem"]`);
      return count === 0 || (first !== null && first.querySelector('article') !== null);
    },
    { list: LIST, rows: ROWS },
    { timeout, polling: 'raf' },
  );
  return Number(await page.locator(LIST).getAttribute('data-count'));
}

/**
 * Chooses the whole year in the period select and times it to the frame that draws the
 * year's first rows, then scrolls the list end to end in `frames` steps, one a frame,
 * recording every requestAnimationFrame gap. Works on the app's log and on the bare page,
 * which share the list's markup.
 */
async function openYearAndScroll(page: Page, frames: number, timeout: number): Promise<LogOpenFigures> {
  const before = Number(await page.locator(LIST).getAttribute('data-count'));
  const yearOpenMs = await page.evaluate(
    async ({ list, rows, before, timeout }) => {
      const select = document.querySelector<HTMLSelectElement>('.log-filters select');
      if (!select) throw new Error('no period select');
      const t0 = performance.now();
      const deadline = t0 + timeout;
      select.value = 'all';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      for (;;) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const count = Number(document.querySelector(list)?.getAttribute('data-count') ?? 'NaN');
        const first = document.querySelector(`${rows} [role="listitem"]`);
        if (count !== before && first?.querySelector('article')) break;
        if (performance.now() > deadline) throw new Error('the year did not show');
      }
      // The frame that holds the rows ends with its paint: a task posted from it runs after.
      await new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      });
      return performance.now() - t0;
    },
    { list: LIST, rows: ROWS, before, timeout },
  );
  const entries = await listShown(page, timeout);
  const scroll = await page.evaluate(
    async ({ rows, frames }) => {
      const el = document.querySelector<HTMLElement>(rows);
      if (!el) throw new Error('no list');
      el.scrollTop = 0;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const gaps: number[] = [];
      let placeholders = 0;
      let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      const start = last;
      const step = Math.max(el.clientHeight, (el.scrollHeight - el.clientHeight) / frames);
      while (el.scrollTop + el.clientHeight < el.scrollHeight - 1) {
        el.scrollTop = Math.min(el.scrollTop + step, el.scrollHeight);
        const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
        gaps.push(now - last);
        last = now;
        if (el.querySelector('.log-loading')) placeholders += 1;
        if (gaps.length > frames * 4) break;
      }
      const sorted = [...gaps].sort((a, b) => a - b);
      return {
        frames: gaps.length,
        longestFrameMs: sorted[sorted.length - 1] ?? Number.NaN,
        medianFrameMs: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
        over50: gaps.filter((g) => g > 50).length,
        longFrames: gaps.flatMap((ms, frame) => (ms > 50 ? [{ frame, ms: Math.round(ms) }] : [])),
        totalMs: last - start,
        framesWithPlaceholders: placeholders,
      };
    },
    { rows: ROWS, frames },
  );
  return { yearOpenMs, scroll: { entries, ...scroll } };
}

/**
 * The activity log on the generated year. `page` shows the app on `?seed=year`, signed
 * on: the log is opened by its route (timed to its first rows), the whole last year is
 * chosen and timed, and the list scrolled end to end in `frames` steps. With `bareUrl`
 * (log.html built by buildLogBare, served on the app's origin so it reads the same
 * store), the same steps on a bare React page in a new page of the same context.
 */
export async function logBench(
  page: Page,
  opts: { bareUrl?: string; frames?: number; timeout?: number } = {},
): Promise<LogBenchFigures> {
  const frames = opts.frames ?? 600;
  const timeout = opts.timeout ?? 60_000;
  reportPageErrors(page, 'log');
  const openMs = await page.evaluate(
    async ({ list, rows, timeout }) => {
      const t0 = performance.now();
      const deadline = t0 + timeout;
      location.hash = '#/log';
      for (;;) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const section = document.querySelector(list);
        const count = Number(section?.getAttribute('data-count') ?? 'NaN');
        if (section && (count === 0 || document.querySelector(`${rows} article`))) break;
        if (performance.now() > deadline) throw new Error('the log did not show');
      }
      await new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      });
      return performance.now() - t0;
    },
    { list: LIST, rows: ROWS, timeout },
  );
  await listShown(page, timeout);
  const app = await openYearAndScroll(page, frames, timeout);
  if (!opts.bareUrl) return { openMs, ...app };

  const barePage = await page.context().newPage();
  try {
    reportPageErrors(barePage, 'log bare');
    await barePage.goto(opts.bareUrl, { timeout });
    await barePage.waitForFunction(() => performance.getEntriesByName('bare:ready', 'mark').length > 0, null, {
      timeout,
    });
    await listShown(barePage, timeout);
    const bare = await openYearAndScroll(barePage, frames, timeout);
    return { openMs, ...app, bare };
  } finally {
    await barePage.close();
  }
}

/**
 * The log's measure in the bench's patrols section, on the seeded year: the app started on
 * #/ and signed on, then logBench against the bare page at `bareUrl`.
 */
export function logMeasure(bareUrl: string, timeout: number): ExtraMeasure {
  return {
    name: 'log',
    note:
      "the app started on #/ (signed on), then #/log: openMs to the frame that draws today's first rows; the period " +
      'select set to the whole year (yearOpenMs, to its first rows drawn); the list scrolled end to end one step a frame ' +
      '(scroll: every frame gap, target none over 50 ms). bare: the same on e2e/bench/bare/log.tsx (React, the same ' +
      'virtualiser and Dexie on the same store, no app around it).',
    run: async (page, appUrl) => {
      await page.goto(`${appUrl}#/`, { timeout });
      await markTime(page, 'cordon:ready', timeout);
      await signOn(page);
      return logBench(page, { bareUrl, timeout });
    },
  };
}
