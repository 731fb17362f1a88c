import type { Browser, BrowserContextOptions } from '@playwright/test';
import { signOn } from './mapBench';
import { reportPageErrors } from './measure';
import { ratioOf, sleep, summarize } from './stats';
import { watched, watchFor, type Watched } from './watch';

// Bodies passed to page.evaluate must not declare named functions (see measure.ts).

type Opts = { contextOptions: BrowserContextOptions; timeout: number; seedTimeout: number; settleMs: number };

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
