import type { LatLngBoundsExpression, LatLngTuple } from 'leaflet';
import type { Point } from '../../../shared/domain';

/**
 * Plan units have y growing downwards from the top-left corner, like the picture;
 * Leaflet's CRS.Simple has "lat" growing upwards. Plan (x, y) sits at [-y, x].
 */
export const toLatLng = (p: Point): LatLngTuple => [-p.y, p.x];

const places = new Map<string, LatLngTuple>();
/**
 * The same tuple for the same place, for a marker's `position`: react-leaflet moves a
 * marker whenever it is given a new object, so a fresh tuple on every render would put
 * back a marker the operator is moving with the keys before it is saved.
 */
export function markerLatLng(p: Point): LatLngTuple {
  const key = `${p.x},${p.y}`;
  let at = places.get(key);
  if (!at) {
    // Bounded: a long session of edits must not grow it without end.
    if (places.size > 20_000) places.clear();
    at = toLatLng(p);
    places.set(key, at);
  }
  return at;
}

export const planBounds = (width: number, height: number): LatLngBoundsExpression => [
  [-height, 0],
  [0, width],
];
