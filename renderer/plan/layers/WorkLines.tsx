import { polyline, type LayerGroup as LeafletLayerGroup, type Polyline } from 'leaflet';
import { useLayoutEffect, useRef } from 'react';
import { LayerGroup } from 'react-leaflet';
import type { PerimeterWork } from '../../../shared/domain';
import { toLatLng } from '../planCoords';
import { workLineStyle } from './workStyles';

/**
 * The works drawn as lines, on the map's canvas, made with Leaflet directly rather than
 * a react-leaflet component each: a large site has close to two thousand, and the
 * components cost more than the drawing. A line is made once and changed in place when
 * its work changes (the live list hands on an unchanged work as the same object).
 * Drawn before the frame is painted, so the lines show with the rest of the map.
 */
export function WorkLines({
  works,
  onSelect,
  hiddenId,
}: {
  works: readonly PerimeterWork[];
  onSelect: ((w: PerimeterWork) => void) | undefined;
  /** The line being reshaped: the editor draws it meanwhile. */
  hiddenId: string | null | undefined;
}) {
  const groupRef = useRef<LeafletLayerGroup>(null);
  const drawn = useRef(new Map<string, { line: Polyline; work: PerimeterWork }>());
  // Read when a line is clicked: each line keeps one click handler through re-renders.
  const select = useRef(onSelect);
  useLayoutEffect(() => {
    select.current = onSelect;
  });

  useLayoutEffect(() => {
    const group = groupRef.current;
    const lines = drawn.current;
    return () => {
      for (const { line } of lines.values()) group?.removeLayer(line);
      lines.clear();
    };
  }, []);

  useLayoutEffect(() => {
    const group = groupRef.current;
    if (!group) return;
    const lines = drawn.current;
    const shown = new Set<string>();
    for (const work of works) {
      if (work.geometry.type !== 'line' || work.id === hiddenId) continue;
      shown.add(work.id);
      const had = lines.get(work.id);
      if (had?.work === work) continue;
      const positions = work.geometry.points.map(toLatLng);
      const style = { ...workLineStyle(work.kind, work.state), bubblingMouseEvents: false };
      if (had) {
        had.line.setLatLngs(positions);
        had.line.setStyle(style);
        had.work = work;
        continue;
      }
      const entry = { line: polyline(positions, style), work };
      entry.line.on('click', () => select.current?.(entry.work));
      group.addLayer(entry.line);
      lines.set(work.id, entry);
    }
    for (const [id, { line }] of lines) {
      if (shown.has(id)) continue;
      group.removeLayer(line);
      lines.delete(id);
    }
  }, [works, hiddenId]);

  return <LayerGroup ref={groupRef} />;
}
