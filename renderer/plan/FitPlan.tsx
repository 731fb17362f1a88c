import type { FitBoundsOptions, LatLngBoundsExpression } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';

/** How the plan is fitted into the map's box: the map's own fit at creation and every refit. */
export const planFit: FitBoundsOptions = { animate: false, padding: [8, 8] };

/**
 * Keeps the whole plan in view as the map's box changes size (window resized, wall
 * screen, layout settling after fonts load), so the plan always fills its frame.
 * The map fits the plan itself when it is created; this refits only when the box or
 * the plan really changes, since every fit moves every marker and redraws the lines.
 */
export function FitPlan({ bounds }: { bounds: LatLngBoundsExpression }) {
  const map = useMap();
  const fittedTo = useRef(bounds);
  useEffect(() => {
    // The box size the plan was last fitted to. Not map.getSize(): Leaflet follows a window
    // resize itself (trackResize) and updates that before the observer below is called.
    let fitted = map.getSize();
    const fit = () => {
      map.invalidateSize({ animate: false });
      map.fitBounds(bounds, planFit);
      fitted = map.getSize();
    };
    // Another plan (a picture of another size replaced it) since the map fitted.
    if (fittedTo.current !== bounds) {
      fittedTo.current = bounds;
      fit();
    }
    const container = map.getContainer();
    // ResizeObserver reports the box's size when it starts observing too: that one is no change.
    const observer = new ResizeObserver(() => {
      if (container.clientWidth !== fitted.x || container.clientHeight !== fitted.y) fit();
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [map, bounds]);
  return null;
}
