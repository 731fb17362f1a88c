import { polyline, type LayerGroup as LeafletLayerGroup, type Polyline } from 'leaflet';
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { LayerGroup } from 'react-leaflet';
import type { PerimeterWork, Point } from '../../../../shared/domain';
import { useI18n } from '../../../i18n/useI18n';
import { useRemScale } from '../../../ui/useRemScale';
import { toLatLng } from '../planCoords';
import { PlanMarker } from './PlanMarker';
import { workLineStyle, workSymbolMarkup } from './workStyles';

type Select = (w: PerimeterWork) => void;
type Move = (id: string, to: Point) => Promise<boolean>;

/**
 * Every piece of perimeter work at its place: lines for tape, rails, netting, walls; symbols for the rest.
 * In edit mode symbols can be dragged (`onMove`); the line being reshaped (`hiddenId`) is drawn by the editor instead.
 * A large site has thousands: each is drawn again only when it changes.
 */
export function PerimeterWorksLayer({ works, onSelect, onMove, hiddenId }: {
  works: readonly PerimeterWork[];
  onSelect?: Select | undefined;
  onMove?: Move | undefined;
  hiddenId?: string | null | undefined;
}) {
  const rem = useRemScale();
  const size = Math.round(22 * rem);
  return (
    <LayerGroup>
      <WorkLines works={works} onSelect={onSelect} hiddenId={hiddenId} />
      {works.map((w) => {
        if (w.geometry.type !== 'point' || w.id === hiddenId) return null;
        return <WorkSymbol key={w.id} work={w} at={w.geometry.at} size={size} onSelect={onSelect} onMove={onMove} />;
      })}
    </LayerGroup>
  );
}

/**
 * The works drawn as lines, on the map's canvas, made with Leaflet directly rather than
 * a react-leaflet component each: a large site has close to two thousand, and the
 * components cost more than the drawing. A line is made once and changed in place when
 * its work changes (the live list hands on an unchanged work as the same object).
 */
function WorkLines({ works, onSelect, hiddenId }: { works: readonly PerimeterWork[]; onSelect: Select | undefined; hiddenId: string | null | undefined }) {
  const [group, setGroup] = useState<LeafletLayerGroup | null>(null);
  const drawn = useRef(new Map<string, { line: Polyline; work: PerimeterWork }>());
  // Read when a line is clicked: the lines keep their click handler through re-renders.
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  });

  // Before the frame is painted, so the lines show with the rest of the map, not a frame after.
  useLayoutEffect(() => {
    if (!group) return;
    const lines = drawn.current;
    return () => {
      for (const { line } of lines.values()) group.removeLayer(line);
      lines.clear();
    };
  }, [group]);

  useLayoutEffect(() => {
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
  }, [group, works, hiddenId]);

  return <LayerGroup ref={setGroup} />;
}

const WorkSymbol = memo(function WorkSymbol({ work, at, size, onSelect, onMove }: { work: PerimeterWork; at: Point; size: number; onSelect: Select | undefined; onMove: Move | undefined }) {
  const { t } = useI18n();
  const click = useCallback(() => onSelect?.(work), [onSelect, work]);
  return (
    <PlanMarker
      id={work.id}
      at={at}
      className="work-marker"
      html={workSymbolMarkup(work.kind, work.state, size)}
      size={size}
      title={t('map.workTitle', { label: work.label, kind: t(`workKind.${work.kind}`), state: t(`workState.${work.state}`) })}
      onClick={click}
      onMove={onMove}
    />
  );
});
