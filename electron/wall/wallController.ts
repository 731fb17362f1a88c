import { chooseWallPlacement, placeAgain, type DisplayInfo, type Rect, type WallPlacement } from './wallDisplay';
import type { WallMemory } from './wallMemory';

/** The wall's window, as the controller drives it. */
export interface WallWindow {
  /** Full screen on the placement's display, or an ordinary window at its bounds. */
  place(placement: WallPlacement): void;
  /** Where it is now: the operator may have moved or sized an ordinary window. */
  bounds(): Rect;
  /** Restores it when minimised, shows it and gives it the keyboard. */
  bringForward(): void;
  close(): void;
}

/** What the wall needs from the Electron host; fakes stand in for it in unit tests. */
export interface WallHost {
  /**
   * Makes the window at `placement`, on the wall page, shown once painted (with the
   * keyboard or without), and calls `closed` once it is gone, whoever closed it.
   */
  openWindow(placement: WallPlacement, options: { focus: boolean; closed: () => void }): WallWindow;
  displays(): DisplayInfo[];
  /** The display the operator window is on; null when there is no operator window. */
  operatorDisplayId(): number | null;
  /** Calls `changed` whenever a display is added, removed or changed; returns what stops it. */
  watchDisplays(changed: () => void): () => void;
  /** Writes the memory to disk; resolves once written, or once a failure has been reported (never rejects). */
  remember(memory: WallMemory): Promise<void>;
}

export interface WallController {
  /** Opens the wall, or brings the open one forward: there is never more than one. Resolves once it is remembered open. */
  open(): Promise<void>;
  /** At start: reopens the wall, without taking the keyboard from the operator, when it was open at the last quit. */
  restore(memory: WallMemory): Promise<void>;
  /** The operator window closed: the wall goes with it, and stays remembered open for the next start. */
  closeWithOperator(): void;
  /** The app is quitting: windows closing from now on are not the user closing the wall. */
  quitting(): void;
  isOpen(): boolean;
}

interface OpenWall {
  readonly window: WallWindow;
  /** Where the wall was last put; the operator may have moved an ordinary window since. */
  last: WallPlacement;
  stopWatching: () => void;
  /** False when it closes with the operator window, which is not the user closing the wall. */
  remembersClose: boolean;
}

/**
 * The wall window's life: one at most; placed by chooseWallPlacement and placed again
 * whenever the displays change; remembered open or closed, and on which display, so a
 * restart brings it back where it was.
 */
export function createWallController(host: WallHost): WallController {
  let wall: OpenWall | null = null;
  let displayId: number | null = null;
  let appQuitting = false;

  // The wall goes back to the external display it was last on while it is attached.
  const noteDisplay = (placement: WallPlacement): boolean => {
    if (!placement.fullScreen || placement.displayId === null || placement.displayId === displayId) return false;
    displayId = placement.displayId;
    return true;
  };

  const choose = (displays: DisplayInfo[]) =>
    chooseWallPlacement({ displays, rememberedDisplayId: displayId, operatorDisplayId: host.operatorDisplayId() });

  function make(focus: boolean): Promise<void> {
    const placement = choose(host.displays());
    noteDisplay(placement);
    let opened: OpenWall | null = null;
    const window = host.openWindow(placement, {
      focus,
      closed: () => {
        if (opened !== null) closed(opened);
      },
    });
    opened = { window, last: placement, stopWatching: () => undefined, remembersClose: true };
    const current = opened;
    current.stopWatching = host.watchDisplays(() => follow(current));
    wall = current;
    return host.remember({ open: true, displayId });
  }

  function follow(current: OpenWall): void {
    if (wall !== current) return;
    const displays = host.displays();
    const next = placeAgain(current.last, current.window.bounds(), choose(displays), displays);
    if (next === null) return;
    current.window.place(next);
    current.last = next;
    if (noteDisplay(next)) void host.remember({ open: true, displayId });
  }

  function closed(current: OpenWall): void {
    if (wall !== current) return;
    wall = null;
    current.stopWatching();
    if (current.remembersClose && !appQuitting) void host.remember({ open: false, displayId });
  }

  return {
    open: async () => {
      if (wall === null) return make(true);
      wall.window.bringForward();
    },
    restore: async (memory) => {
      // Opened by hand while the memory was read, or the app quit meanwhile: nothing to bring back.
      if (wall !== null || appQuitting) return;
      if (memory.displayId !== null) displayId = memory.displayId;
      if (memory.open) await make(false);
    },
    closeWithOperator: () => {
      if (wall === null) return;
      wall.remembersClose = false;
      wall.window.close();
    },
    quitting: () => {
      appQuitting = true;
    },
    isOpen: () => wall !== null,
  };
}
