import { Marker, type LeafletEvent } from 'leaflet';
import type { Point } from '../../../shared/domain';
import { toLatLng } from '../planCoords';
import { fromLatLng } from './coords';

/**
 * A marker's drag end as a `dragend` handler: saves the new place, and puts the marker
 * back where the store says it is if the save fails (on success the store moves it).
 */
export function saveDragEnd(from: Point, save: (to: Point) => Promise<boolean>) {
  return (ev: LeafletEvent) => {
    const target: unknown = ev.target;
    if (!(target instanceof Marker)) return;
    const to = fromLatLng(target.getLatLng());
    if (to.x === from.x && to.y === from.y) return;
    void save(to).then((ok) => {
      if (!ok) target.setLatLng(toLatLng(from));
    });
  };
}
