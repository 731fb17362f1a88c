import { memo, useCallback } from 'react';
import { LayerGroup } from 'react-leaflet';
import type { PerimeterWork, Point } from '../../../shared/domain';
import { useI18n } from '../../i18n/useI18n';
import { useRemScale } from '../../ui/useRemScale';
import { PlanMarker } from './PlanMarker';
import { WorkLines } from './WorkLines';
import { workSymbolMarkup } from './workStyles';

type Select = (w: PerimeterWork) => void;
type Move = (id: string, to: Point) => Promise<boolean>;

/**
 * Every piece of perimeter work at its place: lines for tape, rails, netting, walls; symbols for the rest.
 * In edit mode symbols can be dragged (`onMove`); the line being reshaped (`hiddenId`) is drawn by the editor instead.
 * A large site has thousands: each is drawn again only when it changes, and the layer not
 * at all when only something else on the map did (an entrance's state, a selection).
 */
export const PerimeterWorksLayer = memo(function PerimeterWorksLayer({
  works,
  onSelect,
  onMove,
  hiddenId,
}: {
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
});

const WorkSymbol = memo(function WorkSymbol({
  work,
  at,
  size,
  onSelect,
  onMove,
}: {
  work: PerimeterWork;
  at: Point;
  size: number;
  onSelect: Select | undefined;
  onMove: Move | undefined;
}) {
  const { t } = useI18n();
  const click = useCallback(() => onSelect?.(work), [onSelect, work]);
  return (
    <PlanMarker
      id={work.id}
      at={at}
      className="work-marker"
      html={workSymbolMarkup(work.kind, work.state, size)}
      size={size}
      title={t('map.workTitle', {
        label: work.label,
        kind: t(`workKind.${work.kind}`),
        state: t(`workState.${work.state}`),
      })}
      onClick={click}
      onMove={onMove}
    />
  );
});
