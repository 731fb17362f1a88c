import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { xiangzhangyuanPlanSvg } from '../../shared/demo/xiangzhangyuanPlan';
import { markTime } from './measure';
import { compare, sleep, type Comparison } from './stats';

/** What the hosts print with: A4, the page's own @page size and margins, backgrounds. */
const PDF_OPTIONS = { format: 'A4', preferCSSPageSize: true, printBackground: true } as const;

export interface SheetCase {
  name: string;
  /** `?seed=` of the site, seeded on the case's own fresh store. */
  seed: string;
  /** Target for the app's median, ms. */
  underMs: number;
}

export interface SheetFigures extends Comparison {
  pages: number;
  under_ms: number;
  under_met: boolean;
}

async function pageCount(pdf: Buffer): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'cordon-sheet-'));
  try {
    const file = join(dir, 'sheet.pdf');
    await writeFile(file, pdf);
    return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? Number.NaN);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** From "print" (opening the print route on a new page) to the PDF in hand, ms; and the PDF. */
async function printApp(page: Page, url: string, timeout: number): Promise<{ ms: number; pdf: Buffer }> {
  const t0 = performance.now();
  await page.goto(url, { timeout });
  await page.locator('html[data-print-ready="true"]').waitFor({ state: 'attached', timeout });
  const pdf = await page.pdf(PDF_OPTIONS);
  return { ms: performance.now() - t0, pdf };
}

/** The reference: the printed sheet's final DOM as a static page (same CSS, same font files, the same font pieces waited for), loaded and printed. */
async function printStatic(page: Page, url: string, timeout: number): Promise<number> {
  const t0 = performance.now();
  await page.goto(url, { timeout });
  // The same font work as the print route: the pieces layout asks for, and the running head's.
  await page.evaluate(async () => {
    const text = [...new Set(`${document.documentElement.style.cssText}0123456789`)].join('');
    await Promise.all([
      document.fonts.load('400 10pt "Cordon Sans"', text),
      document.fonts.load('700 10pt "Cordon Sans"', text),
    ]);
    await document.fonts.ready;
  });
  await page.pdf(PDF_OPTIONS);
  return performance.now() - t0;
}

/**
 * The sheet as printed, frozen: the DOM with its inline custom properties (the running
 * head), the plan's picture as a data: URL (its blob: URL dies with the page), no
 * scripts, and a <base> so its stylesheets and fonts load from the app's own files.
 */
function frozenSheet(page: Page, appBase: string): Promise<string> {
  // Both cases' sites draw the demo's bundled plan; the page's CSP keeps fetch off its blob: URL.
  const plan = `data:image/svg+xml;base64,${Buffer.from(xiangzhangyuanPlanSvg).toString('base64')}`;
  return page.evaluate(
    ({ base, planUrl }) => {
      const html = document.documentElement.cloneNode(true) as HTMLElement;
      for (const el of html.querySelectorAll('script, link[rel="modulepreload"]')) el.remove();
      for (const img of html.querySelectorAll('svg image')) img.setAttribute('href', planUrl);
      const baseEl = document.createElement('base');
      baseEl.href = base;
      html.querySelector('head')?.prepend(baseEl);
      return `<!doctype html>\n${html.outerHTML}`;
    },
    { base: appBase, planUrl: plan },
  );
}

/**
 * One case: its site seeded on a fresh store, then `runs` prints of the shift running now
 * against the static copy of the same sheet, turn about, after one of each not counted.
 */
export async function sheetCase(
  browser: Browser,
  origin: string,
  staticDir: string,
  c: SheetCase,
  opts: {
    contextOptions: BrowserContextOptions;
    runs: number;
    timeout: number;
    ratio: number;
    log: (m: string) => void;
  },
): Promise<SheetFigures> {
  const context = await browser.newContext(opts.contextOptions);
  try {
    const seeding = await context.newPage();
    await seeding.goto(`${origin}/app/index.html?seed=${c.seed}#/`, { timeout: opts.timeout });
    await markTime(seeding, 'cordon:ready', opts.timeout);
    await seeding.close();
    const url = `${origin}/app/print.html#/print/shift?shift=current`;
    const first = await context.newPage();
    const { pdf } = await printApp(first, url, opts.timeout);
    const pages = await pageCount(pdf);
    await mkdir(staticDir, { recursive: true });
    await writeFile(join(staticDir, `${c.name}.html`), await frozenSheet(first, `${origin}/app/`));
    await first.close();
    const refUrl = `${origin}/sheets/${c.name}.html`;
    const warm = await context.newPage();
    await printStatic(warm, refUrl, opts.timeout);
    await warm.close();
    const app: number[] = [];
    const ref: number[] = [];
    for (let i = 0; i < opts.runs; i++) {
      for (const which of i % 2 === 0 ? ['app', 'ref'] : ['ref', 'app']) {
        const page = await context.newPage();
        try {
          if (which === 'app') app.push((await printApp(page, url, opts.timeout)).ms);
          else ref.push(await printStatic(page, refUrl, opts.timeout));
        } finally {
          await page.close();
        }
        await sleep(100);
      }
    }
    const figures = compare(app, ref, opts.ratio);
    opts.log(`sheets ${c.name}: app ${figures.app_ms.median} ms, static ${figures.bare_ms.median} ms, ${pages} pages`);
    return { ...figures, pages, under_ms: c.underMs, under_met: figures.app_ms.median < c.underMs };
  } finally {
    await context.close();
  }
}
