import { describe, expect, it } from 'vitest';
import {
  chooseWallPlacement,
  isVisibleEnough,
  placeAgain,
  toDisplayInfo,
  type DisplayInfo,
  type Rect,
  type WallPlacement,
} from './wallDisplay';

const rect = (x: number, y: number, width: number, height: number): Rect => ({ x, y, width, height });

/** A display whose work area loses a 40 px taskbar at the bottom. */
function display(id: number, bounds: Rect, primary = false): DisplayInfo {
  return { id, bounds, workArea: { ...bounds, height: bounds.height - 40 }, primary };
}

// The command post: the laptop's own screen, a big screen on the wall, sometimes a third.
const laptop = (primary = true) => display(1, rect(0, 0, 1920, 1080), primary);
const bigScreen = (primary = false) => display(2, rect(1920, 0, 3840, 2160), primary);
const sideScreen = () => display(3, rect(-1280, 0, 1280, 1024));

const choose = (
  displays: DisplayInfo[],
  rememberedDisplayId: number | null = null,
  operatorDisplayId: number | null = 1,
) => chooseWallPlacement({ displays, rememberedDisplayId, operatorDisplayId });

describe('chooseWallPlacement', () => {
  it('makes an ordinary 1280×720 window centred in the work area of the only display', () => {
    expect(choose([laptop()])).toEqual({ displayId: 1, fullScreen: false, bounds: rect(320, 160, 1280, 720) });
  });

  it('shrinks the ordinary window to fit a small screen, keeping 16:9', () => {
    const small = display(1, rect(0, 0, 1024, 768), true);
    expect(choose([small])).toEqual({ displayId: 1, fullScreen: false, bounds: rect(0, 76, 1024, 576) });
    const short = display(1, rect(100, 50, 1366, 600), true);
    expect(choose([short])).toEqual({ displayId: 1, fullScreen: false, bounds: rect(285, 50, 995, 560) });
  });

  it('keeps the ordinary window at 1280×720 on a work area exactly that size', () => {
    const exact: DisplayInfo = { id: 1, bounds: rect(0, 0, 1280, 760), workArea: rect(0, 0, 1280, 720), primary: true };
    expect(choose([exact])).toEqual({ displayId: 1, fullScreen: false, bounds: rect(0, 0, 1280, 720) });
  });

  it('goes full screen on the external display when there are two', () => {
    expect(choose([laptop(), bigScreen()])).toEqual({
      displayId: 2,
      fullScreen: true,
      bounds: rect(1920, 0, 3840, 2160),
    });
  });

  it('takes the largest external display of three, whatever their order', () => {
    expect(choose([sideScreen(), laptop(), bigScreen()]).displayId).toBe(2);
    expect(choose([bigScreen(), sideScreen(), laptop()]).displayId).toBe(2);
  });

  it('breaks a tie in size by the leftmost display, then the topmost', () => {
    const right = display(5, rect(3840, 0, 1920, 1080));
    const left = display(6, rect(1920, 0, 1920, 1080));
    expect(choose([laptop(), right, left]).displayId).toBe(6);
    const lower = display(7, rect(1920, 1080, 1920, 1080));
    const upper = display(8, rect(1920, -1080, 1920, 1080));
    expect(choose([laptop(), lower, upper]).displayId).toBe(8);
  });

  it('prefers the remembered display while it is attached and external', () => {
    expect(choose([laptop(), bigScreen(), sideScreen()], 3)).toEqual({
      displayId: 3,
      fullScreen: true,
      bounds: rect(-1280, 0, 1280, 1024),
    });
  });

  it('takes the largest external display when the remembered one is gone', () => {
    expect(choose([laptop(), sideScreen()], 2)).toEqual({
      displayId: 3,
      fullScreen: true,
      bounds: rect(-1280, 0, 1280, 1024),
    });
  });

  it("goes back to an ordinary window on the laptop when the wall's display is removed", () => {
    expect(choose([laptop()], 2)).toEqual({ displayId: 1, fullScreen: false, bounds: rect(320, 160, 1280, 720) });
  });

  it('never puts the wall full screen on the display the operator window is on, even if remembered', () => {
    expect(choose([laptop(), bigScreen()], 2, 2)).toEqual({
      displayId: 1,
      fullScreen: true,
      bounds: rect(0, 0, 1920, 1080),
    });
    expect(choose([laptop(), bigScreen()], 1, 1).displayId).toBe(2);
  });

  it("counts the primary display as the operator's when the operator window is not known", () => {
    expect(choose([laptop(false), bigScreen(true)], null, null)).toEqual({
      displayId: 1,
      fullScreen: true,
      bounds: rect(0, 0, 1920, 1080),
    });
    expect(choose([laptop(), bigScreen()], null, 99).displayId).toBe(2);
  });

  it('makes the old external display, now primary and alone, hold an ordinary window', () => {
    const alone = display(2, rect(0, 0, 3840, 2160), true);
    expect(choose([alone], 2, 2)).toEqual({ displayId: 2, fullScreen: false, bounds: rect(1280, 700, 1280, 720) });
    expect(choose([alone], 2, 1)).toEqual({ displayId: 2, fullScreen: false, bounds: rect(1280, 700, 1280, 720) });
  });

  it('follows displays rearranged: positions swapped, the external left of the laptop at negative x', () => {
    const movedBig = display(2, rect(-3840, -1080, 3840, 2160));
    expect(choose([laptop(), movedBig], 2)).toEqual({
      displayId: 2,
      fullScreen: true,
      bounds: rect(-3840, -1080, 3840, 2160),
    });
    const laptopRight = display(1, rect(3840, 0, 1920, 1080), true);
    const bigLeft = display(2, rect(0, 0, 3840, 2160));
    expect(choose([laptopRight, bigLeft])).toEqual({ displayId: 2, fullScreen: true, bounds: rect(0, 0, 3840, 2160) });
  });

  it('centres the ordinary window in a work area at negative coordinates', () => {
    const only = display(4, rect(-1920, -1080, 1920, 1080), true);
    expect(choose([only], null, null)).toEqual({
      displayId: 4,
      fullScreen: false,
      bounds: rect(-1600, -920, 1280, 720),
    });
  });

  it('falls back to an ordinary window at the origin when no display is known', () => {
    expect(choose([], 2, 1)).toEqual({ displayId: null, fullScreen: false, bounds: rect(0, 0, 1280, 720) });
  });

  it('ignores displays of no size, and uses the first display when none is primary', () => {
    const dead: DisplayInfo = { id: 9, bounds: rect(1920, 0, 0, 0), workArea: rect(1920, 0, 0, 0), primary: false };
    expect(choose([laptop(), dead], 9)).toEqual({ displayId: 1, fullScreen: false, bounds: rect(320, 160, 1280, 720) });
    expect(choose([dead], 9)).toEqual({ displayId: null, fullScreen: false, bounds: rect(0, 0, 1280, 720) });
    expect(choose([bigScreen(), laptop(false)], null, null).displayId).toBe(1);
  });
});

describe('isVisibleEnough', () => {
  const displays = [laptop(), bigScreen()];

  it('is true for a window on a display, or across two', () => {
    expect(isVisibleEnough(rect(320, 160, 1280, 720), displays)).toBe(true);
    expect(isVisibleEnough(rect(1500, 100, 1280, 720), displays)).toBe(true);
  });

  it('is false for a window on no display, or with only a sliver on one', () => {
    expect(isVisibleEnough(rect(-2000, 0, 1280, 720), displays)).toBe(false);
    expect(isVisibleEnough(rect(0, 5000, 1280, 720), displays)).toBe(false);
    expect(isVisibleEnough(rect(1900, 2100, 1280, 720), displays)).toBe(false);
  });

  it('needs 160×90 of the window on one work area, at the limit and one past it', () => {
    expect(isVisibleEnough(rect(-1120, 0, 1280, 720), displays)).toBe(true);
    expect(isVisibleEnough(rect(-1121, 0, 1280, 720), displays)).toBe(false);
    expect(isVisibleEnough(rect(0, 950, 1280, 720), displays)).toBe(true);
    // The taskbar's 40 px at the bottom are not part of the work area: 129 px on the display, 89 on its work area.
    expect(isVisibleEnough(rect(0, 951, 1280, 720), displays)).toBe(false);
  });

  it('takes a window smaller than 160×90 when it is all on a work area', () => {
    expect(isVisibleEnough(rect(10, 10, 100, 50), displays)).toBe(true);
    expect(isVisibleEnough(rect(-1, 10, 100, 50), displays)).toBe(false);
  });

  it('is false with no displays, or for a window of no size', () => {
    expect(isVisibleEnough(rect(0, 0, 1280, 720), [])).toBe(false);
    expect(isVisibleEnough(rect(10, 10, 0, 0), displays)).toBe(false);
  });
});

describe('placeAgain', () => {
  const onBig: WallPlacement = { displayId: 2, fullScreen: true, bounds: rect(1920, 0, 3840, 2160) };
  const ordinary: WallPlacement = { displayId: 1, fullScreen: false, bounds: rect(320, 160, 1280, 720) };

  it('leaves a full-screen wall on the same display of the same size', () => {
    expect(placeAgain(onBig, rect(1920, 0, 3840, 2160), { ...onBig }, [laptop(), bigScreen()])).toBeNull();
  });

  it('moves a full-screen wall to another display, or when its display changed size or place', () => {
    const onSide: WallPlacement = { displayId: 3, fullScreen: true, bounds: rect(-1280, 0, 1280, 1024) };
    expect(placeAgain(onBig, rect(1920, 0, 3840, 2160), onSide, [laptop(), sideScreen()])).toBe(onSide);
    const resized: WallPlacement = { ...onBig, bounds: rect(1920, 0, 2560, 1440) };
    expect(placeAgain(onBig, rect(1920, 0, 3840, 2160), resized, [])).toBe(resized);
    const moved: WallPlacement = { ...onBig, bounds: rect(-3840, 0, 3840, 2160) };
    expect(placeAgain(onBig, rect(1920, 0, 3840, 2160), moved, [])).toBe(moved);
    expect(placeAgain(ordinary, rect(320, 160, 1280, 720), onBig, [laptop(), bigScreen()])).toBe(onBig);
  });

  it('puts a full-screen wall back as an ordinary window when its display is unplugged', () => {
    expect(placeAgain(onBig, rect(0, 0, 1920, 1080), ordinary, [laptop()])).toBe(ordinary);
  });

  it('leaves an ordinary window where the operator moved it while it is visible enough', () => {
    expect(placeAgain(ordinary, rect(40, 30, 900, 500), { ...ordinary }, [laptop()])).toBeNull();
  });

  it('brings an ordinary window back when it is off every display', () => {
    expect(placeAgain(ordinary, rect(2500, 100, 1280, 720), ordinary, [laptop()])).toBe(ordinary);
  });
});

describe('toDisplayInfo', () => {
  it("copies Electron's display and marks the primary one", () => {
    const electronDisplay = { id: 7, bounds: rect(0, 0, 1920, 1080), workArea: rect(0, 25, 1920, 1055) };
    expect(toDisplayInfo(electronDisplay, 7)).toEqual({
      id: 7,
      bounds: rect(0, 0, 1920, 1080),
      workArea: rect(0, 25, 1920, 1055),
      primary: true,
    });
    expect(toDisplayInfo(electronDisplay, 8).primary).toBe(false);
  });
});
