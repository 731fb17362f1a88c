import type { BrowserContext, Page } from '@playwright/test';

// Bodies passed to page.evaluate must not declare named functions (`const f = () => …`):
// tsx (esbuild keepNames) wraps them in a __name() helper that does not exist in the page.

/** When the page recorded `mark`, in ms from its navigation start; waits for it first. */
export async function markTime(page: Page, mark: string, timeout: number): Promise<number> {
  await page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, mark, { timeout, polling: 50 });
  return page.evaluate((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? Number.NaN, mark);
}

/** DOMContentLoaded end, ms from navigation start: how much of the start is loading and running the bundle. */
export async function domContentLoaded(page: Page): Promise<number> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return nav ? nav.domContentLoadedEventEnd : Number.NaN;
  });
}

/** The renderer's used JS heap in MB, after a forced GC (needs --enable-precise-memory-info). */
export async function heapMb(context: BrowserContext, page: Page, settleMs = 300): Promise<number> {
  await page.waitForTimeout(settleMs);
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
  } finally {
    await cdp.detach();
  }
  const bytes = await page.evaluate(() => {
    const mem = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    return mem ? mem.usedJSHeapSize : Number.NaN;
  });
  return bytes / (1024 * 1024);
}

/** Rows in a few of the app's object stores, read straight from IndexedDB. */
export async function rowCounts(page: Page, stores: readonly string[]): Promise<Record<string, number>> {
  return page.evaluate(async (names) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('cordon');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('indexedDB.open failed'));
    });
    try {
      const present = names.filter((n) => db.objectStoreNames.contains(n));
      const tx = db.transaction(present, 'readonly');
      const counts: Record<string, number> = {};
      await Promise.all(
        present.map(
          (n) =>
            new Promise<void>((resolve, reject) => {
              const req = tx.objectStore(n).count();
              req.onsuccess = () => {
                counts[n] = req.result;
                resolve();
              };
              req.onerror = () => reject(req.error ?? new Error(`count ${n} failed`));
            }),
        ),
      );
      return counts;
    } finally {
      db.close();
    }
  }, stores);
}

/** Sends the page's uncaught errors and console errors to stderr, once each. */
export function reportPageErrors(page: Page, label: string): void {
  const seen = new Set<string>();
  const report = (text: string) => {
    if (seen.has(text)) return;
    seen.add(text);
    process.stderr.write(`[${label}] ${text}\n`);
  };
  page.on('pageerror', (err) => report(`page error: ${err.message}`));
  page.on('console', (msg) => {
    // Failed loads are reported below, with their URL.
    if (msg.text().startsWith('Failed to load resource')) return;
    if (msg.type() === 'error' || msg.type() === 'warning') report(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) report(`HTTP ${res.status()} ${new URL(res.url()).pathname}`);
  });
}
