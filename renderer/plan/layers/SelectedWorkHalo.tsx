import { latLngBounds, svg } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { CircleMarker, Pane, Polyline, useMap } from 'react-leaflet';
import type { PerimeterWork } from '../../../shared/domain';
import { useRemScale } from '../../ui/useRemScale';
import { toLatLng } from '../planCoords';

const HALO = { color: '#f6b400', opacity: 0.55, fillOpacity: 0 } as const;

/**
 * Which piece of perimeter work is selected: a wide halo under it, so the wall segment the
 * side panel describes is the one the operator sees (it matters when works are chosen
 * with the keyboard). Brought into view when it lies outside it. Drawn as SVG in a pane
 * of its own over the plan and the lines (the plan picture would hide anything beneath it),
 * see-through so the line shows through it, and below the markers; the pane takes no
 * pointer events, so clicks still reach the lines on the canvas under it.
 */
export function SelectedWorkHalo({ work }: { work: PerimeterWork }) {
  const map = useMap();
  // As wide on a wall-size screen, relative to the text, as on a laptop.
  const rem = useRemScale();
  const renderer = useMemo(() => svg({ pane: 'selected-work' }), []);
  // The map keeps a path's renderer as a layer of its own: take it off with the halo.
  useEffect(
    () => () => {
      map.removeLayer(renderer);
    },
    [map, renderer],
  );
  const points = useMemo(
    () => (work.geometry.type === 'line' ? work.geometry.points.map(toLatLng) : [toLatLng(work.geometry.at)]),
    [work.geometry],
  );
  useEffect(() => {
    const bounds = latLngBounds(points);
    if (!map.getBounds().contains(bounds)) map.panTo(bounds.getCenter(), { animate: false });
    // Only when another work is selected, not when this one changes state or shape.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, work.id]);
  // New objects only when the scale changes: react-leaflet restyles a path for every new pathOptions.
  const lineStyle = useMemo(() => ({ ...HALO, weight: 14 * rem, lineCap: 'round', lineJoin: 'round' }) as const, [rem]);
  const pointStyle = useMemo(() => ({ ...HALO, weight: 6 * rem }), [rem]);
  return (
    <Pane name="selected-work" style={{ zIndex: 450, pointerEvents: 'none' }}>
      {work.geometry.type === 'line' ? (
        // Renderer, class and interactivity are set when the path is made: props, not pathOptions.
        <Polyline
          positions={points}
          renderer={renderer}
          className="selected-work-halo"
          interactive={false}
          pathOptions={lineStyle}
        />
      ) : (
        <CircleMarker
          center={points[0] ?? [0, 0]}
          radius={20 * rem}
          renderer={renderer}
          className="selected-work-halo"
          interactive={false}
          pathOptions={pointStyle}
        />
      )}
    </Pane>
  );
}
