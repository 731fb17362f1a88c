import { useSyncExternalStore } from 'react';
import type { Entrance } from '../../../shared/domain';

/**
 * Entrances as a command in this window has just committed them. The live query brings
 * the same rows a moment later (a new read after Dexie's change event); until it does,
 * screens show the committed row, so a state change is on screen in the frame after the
 * write. Only committed rows go here: nothing is shown that is not saved.
 */
const written = new Map<string, { before: Entrance; after: Entrance }>();
const listeners = new Set<() => void>();
let version = 0;

export function noteWritten(before: Entrance, after: Entrance): void {
  written.set(after.id, { before, after });
  version++;
  listeners.forEach((l) => l());
}

const same = (a: Entrance, b: Entrance) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The live rows with what was just written laid over them. A note is dropped once the
 * live row has caught up with it, or has moved on from the row it replaced (another
 * window changed it since).
 */
export function withWritten(live: Entrance[]): Entrance[] {
  if (written.size === 0) return live;
  return live.map((e) => {
    const w = written.get(e.id);
    if (!w) return e;
    if (same(e, w.before)) return w.after;
    written.delete(e.id);
    return e;
  });
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** Re-renders when something is written, so the overlay shows at once. */
export function useWrittenVersion(): number {
  return useSyncExternalStore(subscribe, () => version);
}
