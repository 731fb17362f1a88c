import { describe, expect, it } from 'vitest';
import { createWallController, type WallHost, type WallWindow } from './wallController';
import type { DisplayInfo, Rect, WallPlacement } from './wallDisplay';
import type { WallMemory } from './wallMemory';

const rect = (x: number, y: number, width: number, height: number): Rect => ({ x, y, width, height });
const display = (id: number, bounds: Rect, primary = false): DisplayInfo => ({
  id,
  bounds,
  workArea: { ...bounds, height: bounds.height - 40 },
  primary,
});

const laptop = display(1, rect(0, 0, 1920, 1080), true);
const bigScreen = display(2, rect(1920, 0, 3840, 2160));
const sideScreen = display(3, rect(-1280, 0, 1280, 1024));

const onLaptop: WallPlacement = { displayId: 1, fullScreen: false, bounds: rect(320, 160, 1280, 720) };
const onBig: WallPlacement = { displayId: 2, fullScreen: true, bounds: rect(1920, 0, 3840, 2160) };
const onSide: WallPlacement = { displayId: 3, fullScreen: true, bounds: rect(-1280, 0, 1280, 1024) };

/** A wall window recording what is done to it; its bounds follow its placements unless a test moves it. */
class FakeWallWindow implements WallWindow {
  readonly placed: WallPlacement[] = [];
  brought = 0;
  closes = 0;
  current: Rect;

  constructor(
    readonly opened: WallPlacement,
    readonly focus: boolean,
    private readonly onClosed: () => void,
  ) {
    this.current = opened.bounds;
  }

  place(placement: WallPlacement): void {
    this.placed.push(placement);
    this.current = placement.bounds;
  }
  bounds(): Rect {
    return this.current;
  }
  bringForward(): void {
    this.brought++;
  }
  close(): void {
    this.closes++;
    this.onClosed();
  }
}

function setup(attached: DisplayInfo[] = [laptop, bigScreen]) {
  const state = { displays: attached, operatorDisplayId: 1 as number | null };
  const windows: FakeWallWindow[] = [];
  const remembered: WallMemory[] = [];
  const watchers = new Set<() => void>();
  const host: WallHost = {
    openWindow: (placement, { focus, closed }) => {
      const win = new FakeWallWindow(placement, focus, closed);
      windows.push(win);
      return win;
    },
    displays: () => state.displays,
    operatorDisplayId: () => state.operatorDisplayId,
    watchDisplays: (changed) => {
      watchers.add(changed);
      return () => watchers.delete(changed);
    },
    remember: async (memory) => {
      remembered.push(memory);
    },
  };
  const displaysChange = (displays: DisplayInfo[]) => {
    state.displays = displays;
    for (const changed of [...watchers]) changed();
  };
  return { controller: createWallController(host), state, windows, remembered, watchers, displaysChange };
}

describe('opening the wall', () => {
  it('opens it full screen on the external display, focused, and remembers it open there', async () => {
    const { controller, windows, remembered, watchers } = setup();
    await controller.open();
    expect(windows).toHaveLength(1);
    expect(windows[0]?.opened).toEqual(onBig);
    expect(windows[0]?.focus).toBe(true);
    expect(controller.isOpen()).toBe(true);
    expect(remembered).toEqual([{ open: true, displayId: 2 }]);
    expect(watchers.size).toBe(1);
  });

  it('opens an ordinary window on the only display, remembering no display', async () => {
    const { controller, windows, remembered } = setup([laptop]);
    await controller.open();
    expect(windows[0]?.opened).toEqual(onLaptop);
    expect(remembered).toEqual([{ open: true, displayId: null }]);
  });

  it('brings the open wall forward when opened again: never two', async () => {
    const { controller, windows, remembered, watchers } = setup();
    await controller.open();
    await controller.open();
    await controller.open();
    expect(windows).toHaveLength(1);
    expect(windows[0]?.brought).toBe(2);
    expect(remembered).toHaveLength(1);
    expect(watchers.size).toBe(1);
  });
});

describe('closing the wall', () => {
  it('remembers it closed, on the display it was on, when the user closes it', async () => {
    const { controller, windows, remembered, watchers } = setup();
    await controller.open();
    windows[0]?.close();
    expect(controller.isOpen()).toBe(false);
    expect(watchers.size).toBe(0);
    expect(remembered).toEqual([
      { open: true, displayId: 2 },
      { open: false, displayId: 2 },
    ]);
  });

  it('opens a new window after the first was closed', async () => {
    const { controller, windows } = setup();
    await controller.open();
    windows[0]?.close();
    await controller.open();
    expect(windows).toHaveLength(2);
    expect(windows[1]?.opened).toEqual(onBig);
  });

  it('leaves it remembered open when it closes because the app quits', async () => {
    const { controller, windows, remembered } = setup();
    await controller.open();
    controller.quitting();
    windows[0]?.close();
    expect(controller.isOpen()).toBe(false);
    expect(remembered).toEqual([{ open: true, displayId: 2 }]);
  });

  it('closes with the operator window and stays remembered open; a later wall closed by the user is remembered closed', async () => {
    const { controller, windows, remembered, watchers } = setup();
    await controller.open();
    controller.closeWithOperator();
    expect(windows[0]?.closes).toBe(1);
    expect(controller.isOpen()).toBe(false);
    expect(watchers.size).toBe(0);
    expect(remembered).toEqual([{ open: true, displayId: 2 }]);

    await controller.open();
    windows[1]?.close();
    expect(remembered).toEqual([
      { open: true, displayId: 2 },
      { open: true, displayId: 2 },
      { open: false, displayId: 2 },
    ]);
  });

  it('does nothing when the operator window closes without a wall', () => {
    const { controller, windows, remembered } = setup();
    controller.closeWithOperator();
    expect(windows).toHaveLength(0);
    expect(remembered).toEqual([]);
  });
});

describe('coming back after a restart', () => {
  it('reopens a wall remembered open, on its remembered display, without taking the keyboard', async () => {
    const { controller, windows, remembered } = setup([laptop, bigScreen, sideScreen]);
    await controller.restore({ open: true, displayId: 3 });
    expect(windows).toHaveLength(1);
    expect(windows[0]?.opened).toEqual(onSide);
    expect(windows[0]?.focus).toBe(false);
    expect(remembered).toEqual([{ open: true, displayId: 3 }]);
  });

  it('opens nothing for a wall remembered closed, and later opens it on the remembered display', async () => {
    const { controller, windows, remembered } = setup([laptop, bigScreen, sideScreen]);
    await controller.restore({ open: false, displayId: 3 });
    expect(windows).toHaveLength(0);
    expect(remembered).toEqual([]);
    await controller.open();
    expect(windows[0]?.opened).toEqual(onSide);
  });

  it('leaves a wall opened before the memory was read as it is', async () => {
    const { controller, windows } = setup([laptop, bigScreen, sideScreen]);
    await controller.open();
    await controller.restore({ open: true, displayId: 3 });
    expect(windows).toHaveLength(1);
    expect(windows[0]?.opened).toEqual(onBig);
    expect(windows[0]?.brought).toBe(0);
  });

  it('opens nothing when the app is quitting by the time the memory is read', async () => {
    const { controller, windows, remembered } = setup();
    controller.quitting();
    await controller.restore({ open: true, displayId: 2 });
    expect(windows).toHaveLength(0);
    expect(remembered).toEqual([]);
  });

  it('puts a wall remembered on a display no longer attached on the one there is', async () => {
    const { controller, windows, remembered } = setup([laptop]);
    await controller.restore({ open: true, displayId: 2 });
    expect(windows[0]?.opened).toEqual(onLaptop);
    expect(remembered).toEqual([{ open: true, displayId: 2 }]);
  });
});

describe('when the displays change', () => {
  it('moves the wall full screen to a display plugged in, and remembers that display', async () => {
    const { controller, windows, remembered, displaysChange } = setup([laptop]);
    await controller.open();
    displaysChange([laptop, bigScreen]);
    expect(windows[0]?.placed).toEqual([onBig]);
    expect(remembered).toEqual([
      { open: true, displayId: null },
      { open: true, displayId: 2 },
    ]);
  });

  it('puts it back on the laptop as an ordinary window when its display is unplugged, and on that display once it is back', async () => {
    const { controller, windows, remembered, displaysChange } = setup([laptop, bigScreen, sideScreen]);
    await controller.restore({ open: true, displayId: 3 });
    displaysChange([laptop]);
    expect(windows[0]?.placed).toEqual([onLaptop]);
    // The side screen is remembered: the wall goes back to it, not to the larger big screen.
    displaysChange([laptop, bigScreen, sideScreen]);
    expect(windows[0]?.placed).toEqual([onLaptop, onSide]);
    expect(remembered).toEqual([{ open: true, displayId: 3 }]);
  });

  it('stays on its display when another is plugged in', async () => {
    const { controller, windows, remembered, displaysChange } = setup([laptop, sideScreen]);
    await controller.open();
    displaysChange([laptop, sideScreen, bigScreen]);
    expect(windows[0]?.opened).toEqual(onSide);
    expect(windows[0]?.placed).toEqual([]);
    expect(remembered).toEqual([{ open: true, displayId: 3 }]);
  });

  it('moves nothing when nothing that matters changed', async () => {
    const { controller, windows, remembered, displaysChange } = setup();
    await controller.open();
    displaysChange([laptop, bigScreen]);
    displaysChange([bigScreen, laptop]);
    expect(windows[0]?.placed).toEqual([]);
    expect(remembered).toHaveLength(1);
  });

  it('follows its display when it changes size, without writing the memory again', async () => {
    const { controller, windows, remembered, displaysChange } = setup();
    await controller.open();
    const smaller = display(2, rect(1920, 0, 2560, 1440));
    displaysChange([laptop, smaller]);
    expect(windows[0]?.placed).toEqual([{ displayId: 2, fullScreen: true, bounds: rect(1920, 0, 2560, 1440) }]);
    expect(remembered).toHaveLength(1);
  });

  it('leaves an ordinary window where the operator put it, and brings it back once it is off-screen', async () => {
    const { controller, windows, displaysChange } = setup([laptop]);
    await controller.open();
    const win = windows[0];
    if (win === undefined) throw new Error('no wall window');
    win.current = rect(100, 100, 800, 450);
    displaysChange([laptop]);
    expect(win.placed).toEqual([]);
    win.current = rect(1900, 100, 1280, 720);
    displaysChange([display(1, rect(0, 0, 1366, 768), true)]);
    expect(win.placed).toEqual([{ displayId: 1, fullScreen: false, bounds: rect(43, 4, 1280, 720) }]);
  });

  it('goes to the other display when the operator window is moved onto the big screen', async () => {
    const { controller, state, windows, displaysChange } = setup();
    await controller.open();
    state.operatorDisplayId = 2;
    displaysChange([laptop, bigScreen]);
    expect(windows[0]?.placed).toEqual([{ displayId: 1, fullScreen: true, bounds: rect(0, 0, 1920, 1080) }]);
  });

  it('stops following the displays once closed', async () => {
    const { controller, windows, displaysChange } = setup();
    await controller.open();
    const stale = [...(windows[0] ? [windows[0]] : [])];
    windows[0]?.close();
    displaysChange([laptop]);
    expect(stale[0]?.placed).toEqual([]);
  });
});
