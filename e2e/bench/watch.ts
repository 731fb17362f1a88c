import type { Page } from '@playwright/test';

// Bodies passed to page.evaluate must not declare named functions (see measure.ts).

/** What must be on the page: `count` elements matching `selector`, or the first one's text starting with `text`. */
export type Shown = { selector: string; count: number } | { selector: string; text: string };

export interface Watched {
  /** the starting event's timeStamp, ms from the page's time origin */
  at: number;
  /** ms from the starting event (its timeStamp) to the DOM holding everything asked for */
  toDom: number;
  /** ms from the starting event to the end of the frame that drew it (a task posted from that frame's rAF) */
  toScreen: number;
}

/**
 * Watches the page for `shown`, timed from the next `event` (e.g. 'change', 'click') of an
 * element matching `from`: a MutationObserver checks after each change of the DOM; once all
 * is there, the time is taken, and again after the next frame has been drawn. Call before
 * the action, then `watched` after it.
 */
export async function watchFor(page: Page, event: string, from: string, shown: readonly Shown[]): Promise<void> {
  await page.evaluate(
    ({ event, from, shown }) => {
      const rec = { t0: Number.NaN, dom: Number.NaN, painted: Number.NaN };
      (window as unknown as { __benchWatch: typeof rec }).__benchWatch = rec;
      document.addEventListener(
        event,
        (e) => {
          if (Number.isNaN(rec.t0) && e.target instanceof Element && e.target.closest(from)) rec.t0 = e.timeStamp;
        },
        { capture: true },
      );
      const observer = new MutationObserver(() => {
        if (Number.isNaN(rec.t0)) return;
        const all = shown.every((s) =>
          'count' in s
            ? document.querySelectorAll(s.selector).length === s.count
            : (document.querySelector(s.selector)?.textContent ?? '').startsWith(s.text),
        );
        if (!all) return;
        rec.dom = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            rec.painted = performance.now();
          };
          channel.port2.postMessage(null);
        });
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    },
    { event, from, shown },
  );
}

/** Waits for what `watchFor` asked for to be drawn; its times. */
export async function watched(page: Page, timeout: number): Promise<Watched> {
  await page.waitForFunction(
    () => !Number.isNaN((window as unknown as { __benchWatch: { painted: number } }).__benchWatch.painted),
    null,
    { timeout, polling: 50 },
  );
  return page.evaluate(() => {
    const rec = (window as unknown as { __benchWatch: { t0: number; dom: number; painted: number } }).__benchWatch;
    return { at: rec.t0, toDom: rec.dom - rec.t0, toScreen: rec.painted - rec.t0 };
  });
}
