import type { Point } from '../../../../shared/domain';
import { saveDragEnd } from './dragEnd';
import { nudgeOnArrows } from './keyboardNudge';

/** A marker's edit-mode handlers: dragged with the mouse, or moved with the arrow keys. */
export function markerMoveHandlers(from: Point, save: ((to: Point) => Promise<boolean>) | undefined, zoom: () => number) {
  if (!save) return {};
  return { dragend: saveDragEnd(from, save), keydown: nudgeOnArrows(from, save, zoom) };
}
