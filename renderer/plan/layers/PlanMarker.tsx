import type { Marker as LeafletMarker } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { Marker } from 'react-leaflet';
import type { Point } from '../../../shared/domain';
import { useMarkerMove } from '../move/useMarkerMove';
import { markerIcon } from '../markerIcon';
import { toLatLng } from '../planCoords';

/**
 * One marker at a place on the plan, as every marker layer draws it: its icon shared by
 * look (markerIcon), clicked to select, and in edit mode (`onMove`) dragged or moved with
 * the arrow keys.
 *
 * Its position and handlers are new objects only when its place or its callbacks change:
 * react-leaflet moves a marker whenever it is given a new position, so a re-render must
 * not put back a marker the operator is moving with the keys before it is saved.
 * Its title follows its props: Leaflet reads a marker's title only when it makes the
 * icon, and react-leaflet never passes a new one on.
 */
export function PlanMarker({
  id,
  at,
  className,
  html,
  size,
  title,
  zIndexOffset = 0,
  still = false,
  onClick,
  onMove,
}: {
  /** What the marker stands for: handed to `onMove`. */
  id: string;
  at: Point;
  className: string;
  html: string;
  size: number;
  title: string;
  zIndexOffset?: number;
  /** Nothing to click, drag or tab to (the wall screen): not interactive, no keyboard focus. */
  still?: boolean;
  onClick?: (() => void) | undefined;
  onMove?: ((id: string, to: Point) => Promise<boolean>) | undefined;
}) {
  const marker = useRef<LeafletMarker>(null);
  const moveHandlers = useMarkerMove();
  const { x, y } = at;
  const position = useMemo(() => toLatLng({ x, y }), [x, y]);
  const eventHandlers = useMemo(
    () => ({ ...(onClick ? { click: onClick } : {}), ...moveHandlers({ x, y }, onMove && ((to) => onMove(id, to))) }),
    [id, x, y, onClick, onMove, moveHandlers],
  );
  // After react-leaflet's own update (a child's effects run first), which may have made the icon afresh with the old title.
  useEffect(() => {
    const m = marker.current;
    if (!m) return;
    m.options.title = title;
    m.getElement()?.setAttribute('title', title);
  }, [title]);
  return (
    <Marker
      ref={marker}
      position={position}
      icon={markerIcon(className, html, size)}
      title={title}
      zIndexOffset={zIndexOffset}
      draggable={onMove !== undefined}
      interactive={!still}
      keyboard={!still}
      eventHandlers={eventHandlers}
    />
  );
}
