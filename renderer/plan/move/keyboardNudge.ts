import { Marker, type LeafletEvent, type LeafletKeyboardEvent } from 'leaflet';
import type { Point } from '../../../shared/domain';
import { toLatLng } from '../planCoords';
import { fromLatLng } from './coords';

const arrows: Record<string, Point> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};
/** Screen pixels per key press; Shift for bigger steps. */
const STEP = 4;
const BIG_STEP = 20;
/** A run of key presses is one move: saved once, undone once. */
const SETTLE_MS = 500;

/** Markers moved by keys and not saved yet: the timer that saves them, and the save itself. */
const pending = new Map<Marker, { timer: number; flush: () => Promise<unknown> }>();

/** Saves every move made with the keys and not saved yet (before an undo, or when edit mode ends); resolves once they are saved. */
export async function flushNudges(): Promise<void> {
  await Promise.all([...pending.values()].map(({ flush }) => flush()));
}

/**
 * The keyboard's way to move a marker in edit mode: arrow keys on the focused marker
 * move it by a few screen pixels at the current zoom, and the place is saved once the
 * keys stop, or at once when the focus leaves it. Until then the marker carries
 * `is-moving` (drawn with a dashed ring). If the save fails, the marker goes back to
 * where the store says it is.
 */
export function nudgeOnArrows(from: Point, save: (to: Point) => Promise<boolean>, zoom: () => number) {
  return (ev: LeafletEvent) => {
    const target: unknown = ev.target;
    const key = (ev as LeafletKeyboardEvent).originalEvent;
    const d = arrows[key.key];
    if (!(target instanceof Marker) || !d || key.altKey || key.ctrlKey || key.metaKey) return;
    key.preventDefault();
    key.stopPropagation();
    const step = (key.shiftKey ? BIG_STEP : STEP) / 2 ** zoom();
    const p = fromLatLng(target.getLatLng());
    target.setLatLng(toLatLng({ x: p.x + d.x * step, y: p.y + d.y * step }));
    const el = target.getElement();
    const before = pending.get(target);
    if (before) window.clearTimeout(before.timer);
    else el?.addEventListener('blur', () => void pending.get(target)?.flush(), { once: true });
    el?.classList.add('is-moving');
    const flush = (): Promise<unknown> => {
      const entry = pending.get(target);
      if (!entry) return Promise.resolve();
      window.clearTimeout(entry.timer);
      pending.delete(target);
      const to = fromLatLng(target.getLatLng());
      // Moved there and back: nothing to save, nothing to undo.
      const saved = to.x === from.x && to.y === from.y ? Promise.resolve(true) : save(to);
      return saved.then((ok) => {
        if (!ok) target.setLatLng(toLatLng(from));
        el?.classList.remove('is-moving');
      });
    };
    pending.set(target, { timer: window.setTimeout(() => void flush(), SETTLE_MS), flush });
  };
}
