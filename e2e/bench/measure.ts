import type { BrowserContext, Page } from '@playwright/test';
import type { MapCounts } from './bareMapData';

// Bodies passed to page.evaluate must not declare named functions (`const f = () => …`):
// tsx (esbuild keepNames) wraps them in a __name() helper that does not exist in the page.

/** When the page recorded `mark`, in ms from its navigation start; waits for it first. */
export async function markTime(page: Page, mark: string, timeout: number): Promise<number> {
  await page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, mark, {
    timeout,
    polling: 50,
  });
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

/**
 * When the map first showed every feature, in ms from navigation start: checked every
 * animation frame, it is the frame two after the one where the plan picture had loaded
 * and all entrance, post, work-symbol and checkpoint markers were in the DOM (the lines
 * are on a canvas Leaflet redraws on the next frame after they are added, so the
 * second frame has them). The same check for the app and for the bare page.
 */
export async function mapShownTime(page: Page, counts: MapCounts, timeout: number): Promise<number> {
  const handle = await page.waitForFunction(
    (c) => {
      const w = window as unknown as { __benchSeen?: number };
      const img = document.querySelector<HTMLImageElement>('img.leaflet-image-layer');
      const all =
        img !== null &&
        img.complete &&
        img.naturalWidth > 0 &&
        document.querySelectorAll('.entrance-marker').length === c.entrances &&
        document.querySelectorAll('.post-marker').length === c.posts &&
        document.querySelectorAll('.work-marker').length === c.symbols &&
        document.querySelectorAll('.checkpoint-marker').length === c.checkpoints;
      if (!all) {
        w.__benchSeen = 0;
        return false;
      }
      w.__benchSeen = (w.__benchSeen ?? 0) + 1;
      return w.__benchSeen >= 3 ? performance.now() : false;
    },
    counts,
    { timeout, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

/** Median interval between animation frames over `frames` frames: what "one frame" is here. */
export async function frameMs(page: Page, frames = 60): Promise<number> {
  return page.evaluate(async (n) => {
    const times: number[] = [];
    for (let i = 0; i <= n; i++) times.push(await new Promise<number>((resolve) => requestAnimationFrame(resolve)));
    const gaps = times
      .slice(1)
      .map((x, i) => x - (times[i] ?? x))
      .sort((a, b) => a - b);
    return gaps[Math.floor(gaps.length / 2)] ?? Number.NaN;
  }, frames);
}
