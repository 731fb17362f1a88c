import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PBKDF2_ITERATIONS } from '../../renderer/db/backup/encryption';
import type { ReadFigures, WriteFigures } from './bare/data';
import { signOn } from './mapBench';
import { reportPageErrors } from './measure';
import { median, round1, sleep, summarize } from './stats';
import { watched, watchFor } from './watch';

// Bodies passed to page.evaluate must not declare named functions (see measure.ts).

/** The URL prefix the reference page's build (and the body it reads) is served under. */
export const DATA_MOUNT = 'databench';
const BODY_FILE = 'data/year-body.json';
const PASSPHRASE = '香樟苑-封控-2021';
const EXPORT_UNDER_MS = 3000;
const RESTORE_UNDER_MS = 10_000;
const RESTORE_RATIO = 2;

type Opts = {
  contextOptions: BrowserContextOptions;
  runs: number;
  timeout: number;
  settleMs: number;
  /** The reference page's build, served at /databench/: the exported body is written in its data/. */
  dataDir: string;
  log: (msg: string) => void;
};

interface Header {
  site: { id: string };
  counts: Record<string, number>;
  bodyBytes: number;
}

/**
 * Run in the app's page before its scripts: each IndexedDB transaction over ten stores or
 * more (a whole site's: the export's read, the restore's write) is kept with when it began
 * and completed, so the store's share of an export or restore is timed from outside the app.
 * A string, so no bundler helper ends up in it.
 */
const recordSiteTransactions = `(() => {
  const txs = [];
  window.__benchTx = txs;
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    const tx = original.apply(this, args);
    if (tx.objectStoreNames.length >= 10) {
      const rec = { mode: tx.mode, start: performance.now(), end: Number.NaN };
      txs.push(rec);
      tx.addEventListener('complete', () => { rec.end = performance.now(); });
    }
    return tx;
  };
})();`;

/** How long the first whole-site transaction of `mode` begun after `from` took to complete. */
async function siteTransactionMs(page: Page, mode: IDBTransactionMode, from: number): Promise<number> {
  return page.evaluate(
    ({ mode, from }) => {
      const txs = (window as unknown as { __benchTx: { mode: string; start: number; end: number }[] }).__benchTx;
      const tx = txs.find((t) => t.mode === mode && t.start >= from);
      return tx ? tx.end - tx.start : Number.NaN;
    },
    { mode, from },
  );
}

/** A page of `context` on Settings, signed on, its whole-site transactions recorded. */
async function settingsPage(context: BrowserContext, appUrl: string, label: string, opts: Opts): Promise<Page> {
  await sleep(opts.settleMs);
  const page = await context.newPage();
  reportPageErrors(page, label);
  await page.addInitScript(recordSiteTransactions);
  await page.goto(`${appUrl}#/settings`, { timeout: opts.timeout });
  await signOn(page);
  return page;
}

interface Exported {
  /** in the page: the click on 导出 to the file handed to the browser (the download link clicked) */
  toDownload: number;
  /** in the page: the click on 导出 to the frame that shows the dialog's done status */
  toStatus: number;
  /** in Node: the click called to Playwright's download event */
  toEvent: number;
  /** the export's read of the site, one read-only transaction */
  storeRead: number;
}

/** Settings → 导出现场… → 导出 (with `passphrase` typed twice, when given); the file saved to `keep`. */
async function exportOnce(
  context: BrowserContext,
  appUrl: string,
  passphrase: string | null,
  keep: string | null,
  opts: Opts,
): Promise<Exported> {
  const page = await settingsPage(context, appUrl, 'data export', opts);
  try {
    await page.getByRole('button', { name: '导出现场…' }).click();
    const dialog = page.getByRole('dialog', { name: /^导出现场“/ });
    if (passphrase) {
      await dialog.getByLabel('密码（可不填）').fill(passphrase);
      await dialog.getByLabel('再次输入密码').fill(passphrase);
    }
    await sleep(opts.settleMs);
    // The browser host hands the file over by clicking a download link it makes for it.
    await page.evaluate(() => {
      const w = window as unknown as { __benchDownloadAt: number };
      w.__benchDownloadAt = Number.NaN;
      document.addEventListener(
        'click',
        (e) => {
          if (e.target instanceof HTMLAnchorElement && e.target.download !== '')
            w.__benchDownloadAt = performance.now();
        },
        { capture: true },
      );
    });
    await watchFor(page, 'click', 'dialog[open] button[type="submit"]', [
      { selector: 'dialog[open] [role="status"]', text: '已导出' },
    ]);
    const download = page.waitForEvent('download', { timeout: opts.timeout });
    const clicked = performance.now();
    await dialog.getByRole('button', { name: '导出', exact: true }).click();
    const file = await download;
    const toEvent = performance.now() - clicked;
    const shown = await watched(page, opts.timeout);
    const handedAt = await page.evaluate(() => (window as unknown as { __benchDownloadAt: number }).__benchDownloadAt);
    const storeRead = await siteTransactionMs(page, 'readonly', shown.at);
    if (keep) await file.saveAs(keep);
    await file.delete();
    return { toDownload: handedAt - shown.at, toStatus: shown.toScreen, toEvent, storeRead };
  } finally {
    await page.close();
  }
}

/** A new page of `context` on the reference page, ready to be driven. */
async function referencePage(context: BrowserContext, origin: string, opts: Opts): Promise<Page> {
  await sleep(opts.settleMs);
  const page = await context.newPage();
  reportPageErrors(page, 'data reference');
  await page.goto(`${origin}/${DATA_MOUNT}/data.html`, { timeout: opts.timeout });
  await page.locator('body[data-ready="true"]').waitFor({ state: 'attached', timeout: opts.timeout });
  await sleep(opts.settleMs);
  return page;
}

/** The export's reference, in the context that seeded the year: the site's rows read from the app's store and stringified. */
async function referenceRead(
  context: BrowserContext,
  origin: string,
  siteId: string,
  tables: readonly string[],
  opts: Opts,
): Promise<ReadFigures> {
  const page = await referencePage(context, origin, opts);
  try {
    return await page.evaluate(
      ({ siteId, tables }) =>
        (
          window as unknown as {
            benchRead: (name: string, siteId: string, tables: readonly string[]) => Promise<ReadFigures>;
          }
        ).benchRead('cordon', siteId, tables),
      { siteId, tables },
    );
  } finally {
    await page.close();
  }
}

/** The restore's reference, in a new context: the exported body parsed and written to a plain store. */
async function referenceWrite(browser: Browser, origin: string, opts: Opts): Promise<WriteFigures> {
  const context = await browser.newContext(opts.contextOptions);
  try {
    const page = await referencePage(context, origin, opts);
    return await page.evaluate(
      (url) => (window as unknown as { benchWrite: (u: string) => Promise<WriteFigures> }).benchWrite(url),
      `${origin}/${DATA_MOUNT}/${BODY_FILE}`,
    );
  } finally {
    await context.close();
  }
}

/** What an encrypted export pays besides the plain one, alone in a page: the key from the passphrase, and AES-GCM over `bytes`. */
async function cipherCosts(context: BrowserContext, origin: string, bytes: number, opts: Opts) {
  // WebCrypto is there only in a secure context: a page of the origin, not about:blank.
  const page = await referencePage(context, origin, opts);
  try {
    return await page.evaluate(
      async ({ iterations, bytes }) => {
        const t0 = performance.now();
        const material = await crypto.subtle.importKey('raw', new TextEncoder().encode('passphrase'), 'PBKDF2', false, [
          'deriveKey',
        ]);
        const salt = crypto.getRandomValues(new Uint8Array(16));
        const key = await crypto.subtle.deriveKey(
          { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
          material,
          { name: 'AES-GCM', length: 256 },
          false,
          ['encrypt'],
        );
        const t1 = performance.now();
        const iv = crypto.getRandomValues(new Uint8Array(12));
        await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new Uint8Array(bytes));
        return { pbkdf2: t1 - t0, aesGcm: performance.now() - t1 };
      },
      { iterations: PBKDF2_ITERATIONS, bytes },
    );
  } finally {
    await page.close();
  }
}

/** The site's rows in the app's store, by table as the header counts them, and every store's index names. */
async function restoredRows(page: Page, siteId: string, tables: readonly string[]) {
  return page.evaluate(
    async ({ siteId, tables }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('cordon');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('indexedDB.open failed'));
      });
      try {
        const tx = db.transaction([...db.objectStoreNames], 'readonly');
        const indexes: Record<string, string[]> = {};
        for (const name of db.objectStoreNames) indexes[name] = [...tx.objectStore(name).indexNames].sort();
        const counts: Record<string, number> = {};
        await Promise.all(
          tables.map(
            (name) =>
              new Promise<void>((resolve, reject) => {
                const store = tx.objectStore(name);
                const req =
                  name === 'sites'
                    ? store.count(siteId)
                    : name === 'audit'
                      ? store.index('[chain+seq]').count(IDBKeyRange.bound([siteId, -Infinity], [siteId, Infinity]))
                      : store.index('siteId').count(siteId);
                req.onsuccess = () => {
                  counts[name] = req.result;
                  resolve();
                };
                req.onerror = () => reject(req.error ?? new Error(`count ${name} failed`));
              }),
          ),
        );
        return { counts, indexes };
      } finally {
        db.close();
      }
    },
    { siteId, tables },
  );
}

/**
 * In a new context (the first start seeds the demo): Settings → 从文件恢复… → the file,
 * timed from the file input's change to the frame that shows the checked file's preview,
 * then 恢复为另一个现场, timed from its click to the frame that shows it done. Throws
 * unless the store then holds the header's rows of the site (its audit trail one more:
 * the restore's own record): a restore that failed quietly gives no figure.
 */
async function restoreOnce(browser: Browser, appUrl: string, path: string, header: Header, opts: Opts) {
  const context = await browser.newContext(opts.contextOptions);
  try {
    const page = await settingsPage(context, appUrl, 'data restore', opts);
    await sleep(opts.settleMs);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '从文件恢复…' }).click();
    await watchFor(page, 'change', 'input[type="file"]', [{ selector: 'dialog[open] .backup-facts', count: 1 }]);
    await (await chooser).setFiles(path);
    const verify = await watched(page, opts.timeout);
    await sleep(opts.settleMs);
    await watchFor(page, 'click', 'dialog[open] .restore-choices button:not(.button-danger)', [
      { selector: 'dialog[open] [role="status"]', text: '已恢复现场' },
    ]);
    await page.getByRole('dialog', { name: '从备份恢复' }).getByRole('button', { name: '恢复为另一个现场' }).click();
    const restore = await watched(page, opts.timeout);
    const storeWrite = await siteTransactionMs(page, 'readwrite', restore.at);
    const found = await restoredRows(page, header.site.id, Object.keys(header.counts));
    const wrong = Object.entries(header.counts).filter(
      ([name, count]) => found.counts[name] !== count + (name === 'audit' ? 1 : 0),
    );
    if (wrong.length > 0)
      throw new Error(
        `the restore left other counts than the file's: ${wrong.map(([n, c]) => `${n} ${found.counts[n]} (file ${c})`).join(', ')}`,
      );
    return { verify: verify.toScreen, restore: restore.toScreen, storeWrite, indexes: found.indexes };
  } finally {
    await context.close();
  }
}

/** The stores whose index names differ between the app's store and the reference's. */
function storesDiffering(app: Record<string, string[]>, ref: Record<string, string[]>): string[] {
  const names = [...new Set([...Object.keys(app), ...Object.keys(ref)])];
  return names.filter((n) => !(n in app) || !(n in ref) || (app[n] ?? []).join() !== (ref[n] ?? []).join());
}

/** The exported file, split as a reader splits it. */
async function readExport(path: string) {
  const bytes = await readFile(path);
  const newline = bytes.indexOf(0x0a);
  const header = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as Header;
  const body = bytes.subarray(newline + 1);
  if (body.length !== header.bodyBytes)
    throw new Error(`exported body ${body.length} bytes, header ${header.bodyBytes}`);
  return { fileBytes: bytes.length, header, body, rows: Object.values(header.counts).reduce((a, b) => a + b, 0) };
}

const ms = (xs: readonly number[]) => round1(median(xs));
const ratio = (app: number, ref: number) => Math.round((app / ref) * 100) / 100;

/**
 * The `data` section: the generated year (`yearContext`, seeded with ?seed=year) exported
 * to a file through Settings, that file checked and restored as another site in new
 * contexts, each against plain Dexie reading and writing the same rows in the same run.
 */
export async function dataSection(browser: Browser, yearContext: BrowserContext, origin: string, opts: Opts) {
  const appUrl = `${origin}/app/index.html`;
  const tmp = await mkdtemp(join(tmpdir(), 'cordon-data-'));
  const filePath = join(tmp, 'year.cordon');
  const bodyPath = join(opts.dataDir, BODY_FILE);
  try {
    // The export first, to have the file the references and the restores read.
    const exports = [await exportOnce(yearContext, appUrl, null, filePath, opts)];
    const file = await readExport(filePath);
    const { header } = file;
    const tables = Object.keys(header.counts);
    const reads: ReadFigures[] = [];
    for (let i = 0; i < opts.runs; i++) {
      // Turn about: the export before its reference in even runs (the first export is run 0's), after it in odd ones.
      if (i % 2 === 0 && i > 0) exports.push(await exportOnce(yearContext, appUrl, null, null, opts));
      reads.push(await referenceRead(yearContext, origin, header.site.id, tables, opts));
      if (i % 2 === 1) exports.push(await exportOnce(yearContext, appUrl, null, null, opts));
      const e = exports.at(-1);
      const r = reads.at(-1);
      opts.log(
        `data export ${i + 1}/${opts.runs}: to download ${e?.toDownload.toFixed(0)} ms (store read ${e?.storeRead.toFixed(0)}); ` +
          `plain read ${r?.read.toFixed(0)} + stringify ${r?.stringify.toFixed(0)} ms`,
      );
      const short = Object.entries(r?.counts ?? {}).filter(([t, n]) => t !== 'audit' && n !== header.counts[t]);
      if (short.length > 0)
        throw new Error(`the reference read other counts than the file's: ${JSON.stringify(short)}`);
    }
    const encrypted = await exportOnce(yearContext, appUrl, PASSPHRASE, null, opts);
    const cipher = await cipherCosts(yearContext, origin, file.body.length, opts);
    opts.log(
      `data: encrypted export ${encrypted.toDownload.toFixed(0)} ms (PBKDF2 ${cipher.pbkdf2.toFixed(0)} ms, AES-GCM ${cipher.aesGcm.toFixed(0)} ms); ` +
        `file ${file.fileBytes} bytes, ${file.rows} rows`,
    );

    await mkdir(join(opts.dataDir, 'data'), { recursive: true });
    await writeFile(bodyPath, file.body);
    const restores: Awaited<ReturnType<typeof restoreOnce>>[] = [];
    const writes: WriteFigures[] = [];
    for (let i = 0; i < opts.runs; i++) {
      if (i % 2 === 0) restores.push(await restoreOnce(browser, appUrl, filePath, header, opts));
      writes.push(await referenceWrite(browser, origin, opts));
      if (i % 2 === 1) restores.push(await restoreOnce(browser, appUrl, filePath, header, opts));
      const r = restores.at(-1);
      const w = writes.at(-1);
      opts.log(
        `data restore ${i + 1}/${opts.runs}: verify ${r?.verify.toFixed(0)} ms, restore ${r?.restore.toFixed(0)} ms (store write ${r?.storeWrite.toFixed(0)}); ` +
          `plain parse ${w?.parse.toFixed(0)} + write ${w?.write.toFixed(0)} ms`,
      );
      if (w && w.rows !== file.rows) throw new Error(`the reference wrote ${w.rows} rows of the file's ${file.rows}`);
    }
    const differing = storesDiffering(restores[0]?.indexes ?? {}, writes[0]?.indexes ?? {});
    if (differing.length > 0)
      throw new Error(
        `bare/data.ts's stores differ from the app's (${differing.join(', ')}): copy renderer/db/versions.ts's`,
      );

    const exportMs = median(exports.map((e) => e.toDownload));
    const exportRef = ms(reads.map((r) => r.read + r.stringify));
    const restoreMs = median(restores.map((r) => r.restore));
    const restoreRef = ms(writes.map((w) => w.parse + w.write));
    return {
      note:
        "The generated year (?seed=year). export_ms: in the context that seeded it, a new page on #/settings signed on each run, 导出现场… → 导出 (no passphrase); in the page, from the click event on 导出 to the browser host's download link being clicked (the file handed to the browser); to_status_ms to the frame that shows the dialog's done status; to_download_event_ms in Node, from the click called to Playwright's download event; store_read_ms the export's read-only transaction over the site's tables. " +
        `export_encrypted_ms: the same with a passphrase, once; pbkdf2_ms and aes_gcm_ms: the key (PBKDF2-SHA-256, ${PBKDF2_ITERATIONS.toLocaleString('en')} rounds) and AES-GCM over a body of the file's size, timed alone in a page. ` +
        "verify_ms and restore_ms: each run a new context (its first start seeds the demo, whose site id differs from the year's), #/settings signed on, 从文件恢复… given the plain export: verify_ms from the file input's change event to the frame that shows the checked file's preview (the file read, its checksum, JSON.parse, every row's schema, references, counts, the audit chain); restore_ms from the click on 恢复为另一个现场 to the frame that shows 已恢复现场; store_write_ms the restore's read-write transaction; after each, the store must hold the header's rows of the site (its audit trail one more, the restore's record). " +
        "References, e2e/bench/bare/data.ts with plain Dexie and no checks: export_ms.ref_ms = read_ms + stringify_ms, the site's tables read from the app's own store in the context that seeded it (each by its siteId index, the audit trail by [chain+seq], one read-only transaction), then JSON.stringify'd, turn about with the exports; restore_ms.ref_ms = parse_ms + write_ms, in a new context the exported body (the file after its header line) fetched, then decoded and JSON.parse'd, then bulkAdd'ed table by table in one read-write transaction into a new store with the app's indexes, turn about with the restores (the app's restore has parsed in its verify, so its reference is the more generous). " +
        `${opts.runs} runs of each, medians. Targets: export under ${EXPORT_UNDER_MS} ms; restore under ${RESTORE_UNDER_MS} ms and within ${RESTORE_RATIO}x its reference.`,
      rows: file.rows,
      fileBytes: file.fileBytes,
      counts: header.counts,
      export_ms: {
        median: round1(exportMs),
        runs: exports.map((e) => round1(e.toDownload)),
        to_status_ms: summarize(exports.map((e) => e.toStatus)),
        to_download_event_ms: summarize(exports.map((e) => e.toEvent)),
        store_read_ms: ms(exports.map((e) => e.storeRead)),
        ref_ms: exportRef,
        ref: { read_ms: ms(reads.map((r) => r.read)), stringify_ms: ms(reads.map((r) => r.stringify)) },
        ratio: ratio(exportMs, exportRef),
        target: `< ${EXPORT_UNDER_MS} ms`,
      },
      export_encrypted_ms: {
        ms: round1(encrypted.toDownload),
        to_status_ms: round1(encrypted.toStatus),
        over_plain_ms: round1(encrypted.toDownload - exportMs),
        pbkdf2_ms: round1(cipher.pbkdf2),
        aes_gcm_ms: round1(cipher.aesGcm),
      },
      verify_ms: { ...summarize(restores.map((r) => r.verify)), ref_parse_ms: ms(writes.map((w) => w.parse)) },
      restore_ms: {
        median: round1(restoreMs),
        runs: restores.map((r) => round1(r.restore)),
        store_write_ms: ms(restores.map((r) => r.storeWrite)),
        ref_ms: restoreRef,
        ref: { parse_ms: ms(writes.map((w) => w.parse)), write_ms: ms(writes.map((w) => w.write)) },
        ratio: ratio(restoreMs, restoreRef),
        target: `< ${RESTORE_UNDER_MS} ms and < ${RESTORE_RATIO}x ref`,
      },
      met: {
        export: exportMs < EXPORT_UNDER_MS,
        restore_under_10s: restoreMs < RESTORE_UNDER_MS,
        restore_within_2x: restoreMs < RESTORE_RATIO * restoreRef,
      },
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
    await rm(bodyPath, { force: true });
  }
}
