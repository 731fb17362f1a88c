import { polyline, svg, type LatLng, type Layer, type Map as LeafletMap, type PM } from 'leaflet';
// Geoman patches the Leaflet that sets window.L: it must load after 'leaflet' above.
import '@geoman-io/leaflet-geoman-free';
import '@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { PerimeterWork } from '../../../../shared/domain';
import { toLatLng } from '../../../plan/planCoords';
import { workLineStyle } from '../../../plan/layers/workStyles';
import { fromLatLng } from '../../../plan/move/coords';
import { toolKey, type MapEditState } from './editTypes';
import type { Point } from '../../../../shared/domain';

const flatLatLngs = (value: unknown): LatLng[] =>
  Array.isArray(value) ? value.flatMap((v: unknown) => (Array.isArray(v) ? flatLatLngs(v) : [v as LatLng])) : [];

/**
 * The map side of edit mode (Leaflet-Geoman): draws a new line, places a symbol with a
 * click, and reshapes the selected line (drawn here as an SVG path, since Geoman's
 * editing of canvas paths is partial; the works layer hides it meanwhile).
 */
/** Geoman hooks into maps as they are created; the map was there before Geoman loaded. */
function attachGeoman(map: LeafletMap): void {
  if (map.pm as PM.PMMap | undefined) return;
  const pm = (window as unknown as { L?: { PM?: { Map?: new (m: LeafletMap) => PM.PMMap } } }).L?.PM;
  if (pm?.Map) map.pm = new pm.Map(map);
}

export function MapEditor({ edit, reshaping }: { edit: MapEditState; reshaping: PerimeterWork | null }) {
  const map = useMap();
  attachGeoman(map);
  // The latest handlers, without re-arming Geoman each time the screen re-renders.
  const latest = useRef(edit);
  useEffect(() => {
    latest.current = edit;
  });
  useEffect(() => {
    latest.current.onReady();
  }, []);

  const tool = edit.tool;
  const key = toolKey(tool);
  useEffect(() => {
    if (!tool) return;
    const container = map.getContainer();
    if (tool.type === 'line') {
      const style = workLineStyle(tool.kind, 'planned');
      map.pm.enableDraw('Line', {
        finishOn: 'dblclick',
        snappable: false,
        tooltips: false,
        templineStyle: { ...style, dashArray: '6 6' },
        hintlineStyle: { ...style, dashArray: '2 6' },
        pathOptions: style,
      });
      const onCreate = (e: { layer: Layer }) => {
        // A double-click to finish can repeat the last vertex: keep each place once in a row.
        const points = flatLatLngs((e.layer as { getLatLngs?: () => unknown }).getLatLngs?.())
          .map(fromLatLng)
          .filter((p, i, all) => i === 0 || p.x !== all[i - 1]?.x || p.y !== all[i - 1]?.y);
        map.removeLayer(e.layer);
        latest.current.onToolDone();
        if (points.length >= 2) void latest.current.handlers.create(tool.kind, { type: 'line', points });
      };
      map.on('pm:create', onCreate);
      return () => {
        map.off('pm:create', onCreate);
        map.pm.disableDraw();
      };
    }
    container.classList.add('map-placing');
    const placeAt = (at: Point) => {
      const current = latest.current;
      current.onToolDone();
      if (tool.type === 'place') current.onPlace(tool.what, at);
      else void current.handlers.create(tool.kind, { type: 'point', at });
    };
    const onClick = (e: { latlng: LatLng }) => placeAt(fromLatLng(e.latlng));
    // The keyboard's way to place: Enter on the focused map puts it at the map's centre.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || e.target !== container) return;
      e.preventDefault();
      placeAt(fromLatLng(map.getCenter()));
    };
    map.on('click', onClick);
    container.addEventListener('keydown', onKey);
    container.focus({ preventScroll: true });
    return () => {
      container.classList.remove('map-placing');
      map.off('click', onClick);
      container.removeEventListener('keydown', onKey);
    };
    // The tool is identified by its key; `tool` itself is a fresh object per render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, key]);

  const shapeKey =
    reshaping?.geometry.type === 'line'
      ? `${reshaping.id}:${JSON.stringify(reshaping.geometry.points)}:${reshaping.kind}:${reshaping.state}`
      : '';
  useEffect(() => {
    if (!reshaping || reshaping.geometry.type !== 'line') return;
    const id = reshaping.id;
    const layer = polyline(reshaping.geometry.points.map(toLatLng), {
      ...workLineStyle(reshaping.kind, reshaping.state),
      renderer: svg(),
      className: 'work-reshaping',
    });
    layer.addTo(map);
    layer.pm.enable({ snappable: false, draggable: false });
    const onEdit = () => {
      const points = flatLatLngs(layer.getLatLngs()).map(fromLatLng);
      void latest.current.handlers.reshape(id, points);
    };
    layer.on('pm:edit', onEdit);
    return () => {
      layer.off('pm:edit', onEdit);
      layer.pm.disable();
      map.removeLayer(layer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, shapeKey]);

  return null;
}
