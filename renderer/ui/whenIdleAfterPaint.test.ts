import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenIdleAfterPaint } from './whenIdleAfterPaint';

// Node has no frames and no idle callbacks: both are driven by hand here.
let frames: (() => void)[] = [];
let idles: { run: () => void; timeout: number | undefined }[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  idles = [];
  vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames[id - 1] = () => undefined;
  });
  vi.stubGlobal('requestIdleCallback', (cb: () => void, opts?: { timeout?: number }) =>
    idles.push({ run: cb, timeout: opts?.timeout }),
  );
  vi.stubGlobal('cancelIdleCallback', (id: number) => {
    const idle = idles[id - 1];
    if (idle) idle.run = () => undefined;
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const paintFrame = () => frames.splice(0).forEach((cb) => cb());
const goIdle = () => idles.splice(0).forEach((i) => i.run());

describe('whenIdleAfterPaint', () => {
  it('waits for a painted frame, then for the page to be idle (500 ms at most), and runs once', () => {
    const task = vi.fn();
    whenIdleAfterPaint(task);
    goIdle();
    expect(task).not.toHaveBeenCalled();
    paintFrame();
    expect(task).not.toHaveBeenCalled();
    expect(idles[0]?.timeout).toBe(500);
    goIdle();
    expect(task).toHaveBeenCalledTimes(1);
    // The fallback for windows without frames does not run it again.
    vi.advanceTimersByTime(5000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs after 1 s in a window that paints no frames, and only then', () => {
    const task = vi.fn();
    whenIdleAfterPaint(task);
    vi.advanceTimersByTime(999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    paintFrame();
    goIdle();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled', () => {
    const task = vi.fn();
    const cancel = whenIdleAfterPaint(task);
    paintFrame();
    cancel();
    goIdle();
    vi.advanceTimersByTime(5000);
    expect(task).not.toHaveBeenCalled();
  });

  it('takes other limits', () => {
    const task = vi.fn();
    whenIdleAfterPaint(task, { idleTimeout: 200, fallbackMs: 3000 });
    paintFrame();
    expect(idles[0]?.timeout).toBe(200);
    vi.advanceTimersByTime(2999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
