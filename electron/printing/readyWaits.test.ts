import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadyWaits, SHEET_READY_TIMEOUT_MS, type FailureWatch } from './readyWaits';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A watch the test fails by hand, recording whether it is still watched. */
function manualWatch() {
  let fail: ((message: string) => void) | null = null;
  let stopped = 0;
  const watch: FailureWatch = (f) => {
    fail = f;
    return () => {
      stopped++;
    };
  };
  return { watch, fail: (message: string) => fail?.(message), stopped: () => stopped };
}

describe('ReadyWaits', () => {
  it("ends a window's wait when that window says it is ready, and stops watching it", async () => {
    const waits = new ReadyWaits();
    const w = manualWatch();
    const outcome = waits.wait(5, w.watch);
    expect(waits.ready(6)).toBe(false);
    expect(waits.ready(5)).toBe(true);
    await expect(outcome).resolves.toEqual({ ready: true });
    expect(w.stopped()).toBe(1);
    expect(waits.size).toBe(0);
  });

  it('answers and ignores a ready from a window nobody waits for, or a second one', async () => {
    const waits = new ReadyWaits();
    expect(waits.ready(1)).toBe(false);
    const outcome = waits.wait(1, manualWatch().watch);
    expect(waits.ready(1)).toBe(true);
    expect(waits.ready(1)).toBe(false);
    await expect(outcome).resolves.toEqual({ ready: true });
  });

  it('ends a wait once, whatever a watch that goes on reporting says after', async () => {
    const waits = new ReadyWaits();
    const w = manualWatch();
    const outcome = waits.wait(9, w.watch);
    waits.ready(9);
    w.fail('late');
    const again = waits.wait(9, manualWatch().watch);
    w.fail('later');
    await expect(outcome).resolves.toEqual({ ready: true });
    expect(w.stopped()).toBe(1);
    expect(waits.size).toBe(1);
    waits.ready(9);
    await expect(again).resolves.toEqual({ ready: true });
  });

  it('fails with the plain message the watch reports, and ignores a later ready', async () => {
    const waits = new ReadyWaits();
    const w = manualWatch();
    const outcome = waits.wait(2, w.watch);
    w.fail('the sheet page did not load');
    expect(waits.ready(2)).toBe(false);
    await expect(outcome).resolves.toEqual({ ready: false, message: 'the sheet page did not load' });
    expect(w.stopped()).toBe(1);
    expect(waits.size).toBe(0);
  });

  it('fails after the timeout, and not a moment before', async () => {
    const waits = new ReadyWaits();
    const w = manualWatch();
    let outcome: unknown = null;
    void waits.wait(3, w.watch).then((o) => (outcome = o));
    await vi.advanceTimersByTimeAsync(SHEET_READY_TIMEOUT_MS - 1);
    expect(outcome).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome).toEqual({ ready: false, message: 'the sheet was not ready within 30 s' });
    expect(w.stopped()).toBe(1);
    expect(waits.ready(3)).toBe(false);
  });

  it('takes a shorter timeout, and leaves no timer once ready', async () => {
    const waits = new ReadyWaits();
    const quick = waits.wait(4, manualWatch().watch, 500);
    await vi.advanceTimersByTimeAsync(500);
    await expect(quick).resolves.toEqual({ ready: false, message: 'the sheet was not ready within 0.5 s' });
    const ready = waits.wait(4, manualWatch().watch);
    waits.ready(4);
    await expect(ready).resolves.toEqual({ ready: true });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('handles a watch that fails at once, and stops it', async () => {
    const waits = new ReadyWaits();
    let stopped = 0;
    const outcome = waits.wait(8, (fail) => {
      fail('gone');
      return () => {
        stopped++;
      };
    });
    await expect(outcome).resolves.toEqual({ ready: false, message: 'gone' });
    expect(stopped).toBe(1);
    expect(waits.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps the waits of two windows apart, and refuses to wait twice for one', async () => {
    const waits = new ReadyWaits();
    const a = waits.wait(10, manualWatch().watch);
    const b = waits.wait(11, manualWatch().watch);
    expect(() => waits.wait(10, manualWatch().watch)).toThrow(/waited for already/);
    waits.ready(11);
    await expect(b).resolves.toEqual({ ready: true });
    expect(waits.size).toBe(1);
    waits.ready(10);
    await expect(a).resolves.toEqual({ ready: true });
  });
});
