import type { Browser, BrowserContextOptions } from '@playwright/test';
import { sheetCase } from './sheetsBench';

/**
 * The `sheets` section: from "print" to a finished PDF of the shift running now, on the
 * demo and on a shift of 200 people and 30 rounds (?seed=sheet-site), each against a
 * static page of the same sheet, CSS and font files printed the same way in the same run.
 */
export async function sheetsSection(
  browser: Browser,
  origin: string,
  staticDir: string,
  opts: { contextOptions: BrowserContextOptions; runs: number; timeout: number; log: (m: string) => void },
) {
  const common = { ...opts, ratio: 1.5 };
  const demo = await sheetCase(browser, origin, staticDir, { name: 'demo', seed: 'demo', underMs: 1500 }, common);
  const big = await sheetCase(browser, origin, staticDir, { name: 'big', seed: 'sheet-site', underMs: 3000 }, common);
  return {
    note:
      'ms from opening #/print/shift?shift=current on a new page of an app already started on the site (the print ' +
      'route: the store opened, the sheet read in one transaction, the font pieces and the plan in, then ' +
      'data-print-ready) to page.pdf() returning (A4, preferCSSPageSize, backgrounds), as the browser host and ' +
      "Electron's hidden window do. bare_ms: the same sheet's final DOM saved as a static page (its stylesheets " +
      "and font files the app's own, the plan inlined), loaded on a new page, the same font pieces loaded (the running head's too), printed the same way. " +
      `${opts.runs} of each, turn about, after one not counted. demo: the demo's current shift; big: ?seed=sheet-site, ` +
      'the current shift with 200 people (one post of 40) and 30 rounds. Targets: within 1.5x the static page, and ' +
      'under 1,500 ms (demo) and 3,000 ms (big).',
    demo,
    big,
  };
}
