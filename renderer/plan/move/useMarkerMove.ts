import { useCallback } from 'react';
import { useMap } from 'react-leaflet';
import type { Point } from '../../../shared/domain';
import { saveDragEnd } from './dragEnd';
import { nudgeOnArrows } from './keyboardNudge';

/**
 * The edit-mode handlers of this map's markers: dragged with the mouse, or moved with
 * the arrow keys by a few pixels at the map's zoom. No `save`: the marker does not move.
 */
export function useMarkerMove() {
  const map = useMap();
  return useCallback(
    (from: Point, save: ((to: Point) => Promise<boolean>) | undefined) =>
      save ? { dragend: saveDragEnd(from, save), keydown: nudgeOnArrows(from, save, () => map.getZoom()) } : {},
    [map],
  );
}
