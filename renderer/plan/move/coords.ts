import type { LatLng } from 'leaflet';
import type { Point } from '../../../shared/domain';

/** Leaflet's [lat, lng] back to plan (x, y): the inverse of `toLatLng`, to a tenth of a unit. */
export const fromLatLng = (ll: LatLng): Point => ({
  x: Math.round(ll.lng * 10) / 10,
  y: Math.round(-ll.lat * 10) / 10,
});
