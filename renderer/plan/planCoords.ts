import type { LatLngBoundsExpression, LatLngTuple } from 'leaflet';
import type { Point } from '../../shared/domain';

/**
 * Plan units have y growing downwards from the top-left corner, like the picture;
 * Leaflet's CRS.Simple has "lat" growing upwards. Plan (x, y) sits at [-y, x].
 */
export const toLatLng = (p: Point): LatLngTuple => [-p.y, p.x];

export const planBounds = (width: number, height: number): LatLngBoundsExpression => [
  [-height, 0],
  [0, width],
];
