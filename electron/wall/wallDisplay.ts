import type { Display, Rectangle } from 'electron';

/** A rectangle in screen coordinates (Electron's DIPs): may start left of or above the primary display. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** An attached display, as plain data: what the wall's placement depends on. */
export interface DisplayInfo {
  readonly id: number;
  readonly bounds: Rect;
  /** The bounds less the taskbar, dock and panels: where an ordinary window goes. */
  readonly workArea: Rect;
  readonly primary: boolean;
}

/** Where the wall window goes: full screen on an external display, or an ordinary window. */
export interface WallPlacement {
  /** The display it goes on; null only when no display is known at all. */
  readonly displayId: number | null;
  readonly fullScreen: boolean;
  readonly bounds: Rect;
}

export interface WallDisplayQuestion {
  readonly displays: readonly DisplayInfo[];
  /** The display the wall was last put on full screen, if any. */
  readonly rememberedDisplayId: number | null;
  /** The display the operator window is on, if known. */
  readonly operatorDisplayId: number | null;
}

/** The ordinary window's size: a 16:9 view of what the big screen shows, shrunk to fit a small work area. */
export const ORDINARY_WALL_WIDTH = 1280;
export const ORDINARY_WALL_HEIGHT = 720;

// With no display reported (a broken display server), Electron still needs bounds.
const FALLBACK_BOUNDS: Rect = { x: 0, y: 0, width: ORDINARY_WALL_WIDTH, height: ORDINARY_WALL_HEIGHT };

// A window is reachable when this much of it (or all of it, if smaller) is on one work area.
const MIN_VISIBLE_WIDTH = 160;
const MIN_VISIBLE_HEIGHT = 90;

/**
 * Where the wall window goes. The operator's display is the one the operator window is
 * on (else the primary, else the first listed); every other display is external. With
 * an external display attached the wall is full screen on one: the remembered one if it
 * is still attached and external, else the largest (ties: leftmost, then topmost). With
 * none it is an ordinary window centred on the operator's display, to be dragged to the
 * big screen by hand.
 */
export function chooseWallPlacement(question: WallDisplayQuestion): WallPlacement {
  // A display of no size (reported while it is being switched off) can hold no window.
  const displays = question.displays.filter((d) => hasArea(d.bounds) && hasArea(d.workArea));
  const home =
    displays.find((d) => d.id === question.operatorDisplayId) ?? displays.find((d) => d.primary) ?? displays[0];
  if (home === undefined) return { displayId: null, fullScreen: false, bounds: FALLBACK_BOUNDS };
  const external = displays.filter((d) => d.id !== home.id);
  const chosen = external.find((d) => d.id === question.rememberedDisplayId) ?? largest(external);
  if (chosen !== undefined) return { displayId: chosen.id, fullScreen: true, bounds: chosen.bounds };
  return { displayId: home.id, fullScreen: false, bounds: ordinaryBounds(home.workArea) };
}

/**
 * True when enough of a window's `bounds` is on one display's work area to see it and
 * drag it: 160×90 pixels of it, or the whole window when it is smaller.
 */
export function isVisibleEnough(bounds: Rect, displays: readonly DisplayInfo[]): boolean {
  const needWidth = Math.min(MIN_VISIBLE_WIDTH, bounds.width);
  const needHeight = Math.min(MIN_VISIBLE_HEIGHT, bounds.height);
  if (needWidth <= 0 || needHeight <= 0) return false;
  return displays.some((d) => {
    const overlap = intersection(bounds, d.workArea);
    return overlap.width >= needWidth && overlap.height >= needHeight;
  });
}

/**
 * Where the open wall goes after the displays changed, or null when it stays as it is.
 * Full screen moves it whenever the display or its size changed; an ordinary window
 * (which the operator may have moved and sized) is put back only when it was full
 * screen on a display that is no longer external, or is no longer visible enough.
 */
export function placeAgain(
  last: WallPlacement,
  currentBounds: Rect,
  chosen: WallPlacement,
  displays: readonly DisplayInfo[],
): WallPlacement | null {
  if (chosen.fullScreen) {
    const same = last.fullScreen && last.displayId === chosen.displayId && sameRect(last.bounds, chosen.bounds);
    return same ? null : chosen;
  }
  return last.fullScreen || !isVisibleEnough(currentBounds, displays) ? chosen : null;
}

/** An Electron display as plain data. */
export function toDisplayInfo(display: Pick<Display, 'id' | 'bounds' | 'workArea'>, primaryId: number): DisplayInfo {
  return {
    id: display.id,
    bounds: copyRect(display.bounds),
    workArea: copyRect(display.workArea),
    primary: display.id === primaryId,
  };
}

function largest(displays: readonly DisplayInfo[]): DisplayInfo | undefined {
  return [...displays].sort(
    (a, b) => area(b.bounds) - area(a.bounds) || a.bounds.x - b.bounds.x || a.bounds.y - b.bounds.y,
  )[0];
}

function ordinaryBounds(workArea: Rect): Rect {
  // Whole pixels, in integer steps, so each side is at most the work area's and within a pixel of 16:9.
  const width = Math.min(
    ORDINARY_WALL_WIDTH,
    workArea.width,
    Math.floor((workArea.height * ORDINARY_WALL_WIDTH) / ORDINARY_WALL_HEIGHT),
  );
  const height = Math.min(
    ORDINARY_WALL_HEIGHT,
    workArea.height,
    Math.floor((workArea.width * ORDINARY_WALL_HEIGHT) / ORDINARY_WALL_WIDTH),
  );
  return {
    x: workArea.x + Math.floor((workArea.width - width) / 2),
    y: workArea.y + Math.floor((workArea.height - height) / 2),
    width,
    height,
  };
}

function intersection(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function area(r: Rect): number {
  return r.width * r.height;
}

function hasArea(r: Rect): boolean {
  return r.width > 0 && r.height > 0;
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

function copyRect(r: Rectangle): Rect {
  return { x: r.x, y: r.y, width: r.width, height: r.height };
}
