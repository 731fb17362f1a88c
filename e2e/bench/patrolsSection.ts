import type { BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import { siteTimeZone } from '../../shared/demo/context';
import { localDate } from '../../shared/time/zoned';
import { periodOf, stepPeriod } from '../../renderer/features/patrols/history/period';
import { rowCounts } from './measure';
import { historyScenario, punctualityInPage, type PatrolPeriods } from './patrolsBench';

/** The periods the bench opens, from the day it runs in the site's zone: today, this month, the day and month before. */
export function patrolPeriods(now: number): PatrolPeriods {
  const today = localDate(now, siteTimeZone);
  return {
    today: periodOf('day', today, siteTimeZone).from,
    thisMonth: periodOf('month', today, siteTimeZone).from,
    day: periodOf('day', stepPeriod('day', today, -1), siteTimeZone).from,
    month: periodOf('month', stepPeriod('month', today, -1), siteTimeZone).from,
  };
}

/**
 * A measure added to the section by another part (the activity log's open and scroll): it
 * gets a blank page of the seeded context and the app's address, opens what it times itself,
 * and returns its figures, which go in the report under `name`. The page is closed after.
 */
export interface ExtraMeasure {
  name: string;
  note: string;
  run: (page: Page, appUrl: string) => Promise<unknown>;
}

/**
 * The `patrols` section of the report, on the generated year (`context` is the one the
 * app seeded with ?seed=year): the history opened on a day and on a month, a month's
 * punctuality, each against its reference, then any `extra` measures.
 */
export async function patrolsSection(
  context: BrowserContext,
  origin: string,
  opts: {
    contextOptions: BrowserContextOptions;
    timeout: number;
    settleMs: number;
    runs: number;
    punctualityRuns: number;
    log: (msg: string) => void;
    extra?: readonly ExtraMeasure[];
  },
) {
  const periods = patrolPeriods(Date.now());
  const urls = { app: `${origin}/app/index.html#/patrols`, bare: `${origin}/patrols/patrols.html` };
  // Counted from a page of the store's origin: what the generated year holds in this run.
  const counter = await context.newPage();
  const rows = await counter
    .goto(urls.bare, { timeout: opts.timeout })
    .then(() => rowCounts(counter, ['patrols', 'checkpointVisits', 'activityLog']))
    .finally(() => counter.close());
  opts.log(`patrols: the store holds ${JSON.stringify(rows)}`);
  opts.log(`patrol history: a day and a month, ${opts.runs} runs each against the bare page`);
  const history = await historyScenario(context, urls, periods, opts);
  opts.log(`patrol punctuality: a month, ${opts.punctualityRuns} runs in the bare page`);
  const month_punctuality = await punctualityInPage(context, urls.bare, {
    ...opts,
    runs: opts.punctualityRuns,
    warmUp: 3,
  });
  opts.log(
    `patrol punctuality: app rules ${month_punctuality.app_ms.median} ms, plain count ${month_punctuality.ref_ms} ms`,
  );
  const extra: Record<string, unknown> = {};
  const notes: string[] = [];
  for (const m of opts.extra ?? []) {
    opts.log(`patrols: ${m.name}`);
    const page = await context.newPage();
    try {
      extra[m.name] = await m.run(page, `${origin}/app/index.html`);
    } finally {
      await page.close();
    }
    notes.push(`${m.name}: ${m.note}`);
  }
  return {
    note:
      'The generated year (?seed=year: 8,760 hourly rounds, ~70,000 checkpoint visits), in the context that seeded it. ' +
      'history_day / history_month: the app started on #/patrols (a new page each time, signed on to, the history tab ' +
      'showing today; for a month, 一月 chosen and this month shown first), then 上一段: ms from its click event to the ' +
      'end of the frame that shows the day (24 rounds) or month (~720) before, its count in the DOM stamped with the ' +
      "period's start (to_dom: the DOM only). The app reads the rounds through its live query (timetable and recorded " +
      'rounds, their visits, the shifts, the names of who went), counts punctuality per route, shift and hour, and draws ' +
      'the tables, the chart and the virtualised list. bare_ms: the same clicks in the bare page (e2e/bench/bare/patrols.tsx, ' +
      "same origin and store): the period's rows read by Dexie by index range ([siteId+dueAt], visits by patrolId, people " +
      'by id) and drawn by React as a plain table of the first 24 rounds with the count. ' +
      `${opts.runs} of each, turn about, after 1 not counted. Targets: day under 100 ms, month under 300 ms and within 1.5x ` +
      "the bare page. month_punctuality: in the bare page, each run reading last month's rows from the store: the app's rules " +
      '(roundsBetween, punctuality per route and shift, punctualityByHour) against the same rows read and counted plainly ' +
      `(started within grace, all reached, per hour); ${opts.punctualityRuns} runs after 3 not counted. Targets: under ` +
      '300 ms and within 1.5x the plain count.' +
      (notes.length > 0 ? ` ${notes.join(' ')}` : ''),
    rows,
    history_day: history.day,
    history_month: history.month,
    month_punctuality,
    ...extra,
  };
}
