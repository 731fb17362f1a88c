import type { BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import { signOn } from './mapBench';
import { reportPageErrors } from './measure';
import { compare, round1, sleep, summarize } from './stats';
import { watched, watchFor, type Watched } from './watch';
import type { PunctualityFigures } from './bare/patrols';

// Bodies passed to page.evaluate must not declare named functions (see measure.ts).

type Opts = { contextOptions: BrowserContextOptions; timeout: number; settleMs: number };

/** The periods timed: the day before today and the month before this one, by their first instants. */
export interface PatrolPeriods {
  today: number;
  thisMonth: number;
  day: number;
  month: number;
}

const countOf = (from: number) => `.history-count[data-from="${from}"]`;

/** On the app's patrols screen, signed on, the history tab chosen. */
async function appReady(page: Page): Promise<void> {
  await signOn(page);
  await page.getByRole('tab', { name: '巡逻记录' }).click();
}

/**
 * One opening: a new page of the context on `url`, made `ready`, the history showing today;
 * for a month, 一月 chosen and this month shown first. Then 上一段: from its click to the
 * frame that shows the period before (its count in the DOM, stamped with the period's start).
 */
async function opened(
  context: BrowserContext,
  url: string,
  label: string,
  kind: 'day' | 'month',
  periods: PatrolPeriods,
  opts: Opts,
  ready: (page: Page) => Promise<void> = async () => undefined,
): Promise<Watched> {
  await sleep(opts.settleMs);
  const page = await context.newPage();
  try {
    reportPageErrors(page, label);
    await page.goto(url, { timeout: opts.timeout });
    await ready(page);
    await page.locator(countOf(periods.today)).waitFor({ timeout: opts.timeout });
    if (kind === 'month') {
      await page.getByLabel('时段').selectOption('month');
      await page.locator(countOf(periods.thisMonth)).waitFor({ timeout: opts.timeout });
    }
    await sleep(opts.settleMs);
    await watchFor(page, 'click', '[data-step="-1"]', [{ selector: countOf(periods[kind]), count: 1 }]);
    await page.locator('[data-step="-1"]').click();
    return await watched(page, opts.timeout);
  } finally {
    await page.close();
  }
}

/**
 * The patrol history opened on the day before and on the month before, in the app on the
 * generated year (the context it was seeded in), against the bare history page (the same
 * rows read by Dexie from the same store), turn about.
 */
export async function historyScenario(
  context: BrowserContext,
  urls: { app: string; bare: string },
  periods: PatrolPeriods,
  opts: Opts & { runs: number; log: (msg: string) => void },
) {
  const app = (kind: 'day' | 'month', label: string) =>
    opened(context, urls.app, `patrol history ${kind} ${label}`, kind, periods, opts, appReady);
  const bare = (kind: 'day' | 'month', label: string) =>
    opened(context, urls.bare, `bare patrol history ${kind} ${label}`, kind, periods, opts);
  const out: Record<string, unknown> = {};
  for (const [kind, limit] of [
    ['day', 100],
    ['month', 300],
  ] as const) {
    await app(kind, 'warm-up');
    await bare(kind, 'warm-up');
    const times = { app: [] as Watched[], bare: [] as Watched[] };
    for (let i = 0; i < opts.runs; i++) {
      const order = i % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
      for (const side of order) times[side].push(await (side === 'app' ? app : bare)(kind, `${i + 1}`));
      opts.log(
        `patrol history ${kind} ${i + 1}/${opts.runs}: app ${times.app.at(-1)?.toScreen.toFixed(0)} ms; bare ${times.bare.at(-1)?.toScreen.toFixed(0)} ms`,
      );
    }
    const cmp = compare(
      times.app.map((x) => x.toScreen),
      times.bare.map((x) => x.toScreen),
      1.5,
    );
    out[kind] = {
      ...cmp,
      app_to_dom_ms: summarize(times.app.map((x) => x.toDom)),
      bare_to_dom_ms: summarize(times.bare.map((x) => x.toDom)),
      limit_ms: limit,
      under_limit: cmp.app_ms.median < limit,
    };
  }
  return out as { day: ReturnType<typeof compare>; month: ReturnType<typeof compare> };
}

/** A month's punctuality, timed in the bare page: the app's rules over the month's rows against a plain count. */
export async function punctualityInPage(
  context: BrowserContext,
  url: string,
  opts: Opts & { runs: number; warmUp: number },
) {
  const page = await context.newPage();
  try {
    reportPageErrors(page, 'punctuality in page');
    await page.goto(url, { timeout: opts.timeout });
    await page.locator('body[data-ready="true"]').waitFor({ timeout: opts.timeout });
    const f = await page.evaluate(
      ({ runs, warmUp }) =>
        (
          window as unknown as { benchPunctuality: (r: number, w: number) => Promise<PunctualityFigures> }
        ).benchPunctuality(runs, warmUp),
      { runs: opts.runs, warmUp: opts.warmUp },
    );
    const cmp = compare(f.app_ms, f.ref_ms, 1.5);
    const limit = 300;
    return {
      ...cmp,
      rounds: f.rounds,
      limit_ms: limit,
      under_limit: cmp.app_ms.median < limit,
      ref_ms: round1(cmp.bare_ms.median),
    };
  } finally {
    await page.close();
  }
}
