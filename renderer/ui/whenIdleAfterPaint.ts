/**
 * Runs `task` once, after the next frame is painted and the page is idle (or `idleTimeout`
 * ms after that frame at most): for work that must not compete with drawing the screen.
 * A hidden or minimised window paints no frames, so it runs after `fallbackMs` there.
 * Returns a function that cancels it if it has not run yet.
 */
export function whenIdleAfterPaint(task: () => void, { idleTimeout = 500, fallbackMs = 1000 } = {}): () => void {
  let done = false;
  let idle: number | undefined;
  const run = () => {
    if (done) return;
    cancel();
    task();
  };
  const frame = requestAnimationFrame(() => {
    idle = requestIdleCallback(run, { timeout: idleTimeout });
  });
  const fallback = setTimeout(run, fallbackMs);
  function cancel() {
    done = true;
    cancelAnimationFrame(frame);
    if (idle !== undefined) cancelIdleCallback(idle);
    clearTimeout(fallback);
  }
  return cancel;
}
