/** How waiting for a print view ended: it said it is ready, or why it never will. */
export type ReadyOutcome = { ready: true } | { ready: false; message: string };

/**
 * Watches a print window for what stops its page for good (a failed load, a crashed
 * renderer): calls `fail` with a plain message, and returns what stops the watching.
 */
export type FailureWatch = (fail: (message: string) => void) => () => void;

/** How long a print view gets to read its data, load its fonts and draw its plan. */
export const SHEET_READY_TIMEOUT_MS = 30_000;

/**
 * The print windows waiting for their page's `sheetReady`, by webContents id. A wait
 * ends once, with the first of: the page's call, a failure its watch reports, or the
 * timeout; whatever comes after is ignored, and so is a call from a window nobody waits for.
 */
export class ReadyWaits {
  readonly #waiting = new Map<number, () => void>();

  /** Waits for window `contentsId`; start waiting before its page loads, so no call is missed. */
  wait(contentsId: number, watch: FailureWatch, timeoutMs = SHEET_READY_TIMEOUT_MS): Promise<ReadyOutcome> {
    if (this.#waiting.has(contentsId)) throw new Error(`cordon: window ${String(contentsId)} is waited for already`);
    return new Promise((resolve) => {
      let stopWatching: (() => void) | null = null;
      let settled = false;
      const settle = (outcome: ReadyOutcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        stopWatching?.();
        this.#waiting.delete(contentsId);
        resolve(outcome);
      };
      const timer = setTimeout(
        () => settle({ ready: false, message: `the sheet was not ready within ${String(timeoutMs / 1000)} s` }),
        timeoutMs,
      );
      this.#waiting.set(contentsId, () => settle({ ready: true }));
      stopWatching = watch((message) => settle({ ready: false, message }));
      // A watch that reported at once was not stopped by settle, which ran before it returned.
      if (settled) stopWatching();
    });
  }

  /** Window `contentsId`'s page is ready; true when a print job was waiting for it. */
  ready(contentsId: number): boolean {
    const done = this.#waiting.get(contentsId);
    done?.();
    return done !== undefined;
  }

  /** How many windows are waited for: none once every job has ended. */
  get size(): number {
    return this.#waiting.size;
  }
}
