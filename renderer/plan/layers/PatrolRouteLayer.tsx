import { memo, useMemo } from 'react';
import { LayerGroup, Polyline } from 'react-leaflet';
import type { Checkpoint, Point } from '../../../shared/domain';
import { useI18n } from '../../i18n/useI18n';
import { useRemScale } from '../../ui/useRemScale';
import { toLatLng } from '../planCoords';
import { PlanMarker } from './PlanMarker';
import type { RouteWithCheckpoints } from '../../db/queries/patrolRoutes';
import { routeStyle } from './workStyles';

type Move = (id: string, to: Point) => Promise<boolean>;

/**
 * Each route through its checkpoints in order, numbered. The way back from the last to
 * the first is not drawn: a straight line would cut across the compound, and the route
 * stores no path for it. Checkpoints taken off a route (inactive) are not drawn, and the
 * others are numbered by their place on it. In edit mode checkpoints can be dragged (`onMove`).
 */
export function PatrolRouteLayer({
  routes,
  onMove,
}: {
  routes: readonly RouteWithCheckpoints[];
  onMove?: Move | undefined;
}) {
  const rem = useRemScale();
  const size = Math.round(20 * rem);
  return (
    <LayerGroup>
      {routes.map((r) => (
        <Route key={r.route.id} route={r} size={size} onMove={onMove} />
      ))}
    </LayerGroup>
  );
}

const Route = memo(function Route({
  route: { route, checkpoints: all },
  size,
  onMove,
}: {
  route: RouteWithCheckpoints;
  size: number;
  onMove: Move | undefined;
}) {
  const checkpoints = useMemo(() => all.filter((c) => c.active), [all]);
  const path = useMemo(() => checkpoints.map((c) => toLatLng(c.position)), [checkpoints]);
  return (
    <LayerGroup>
      <Polyline positions={path} pathOptions={routeStyle} />
      {checkpoints.map((c, i) => (
        <CheckpointMarker key={c.id} checkpoint={c} place={i + 1} routeName={route.name} size={size} onMove={onMove} />
      ))}
    </LayerGroup>
  );
});

const CheckpointMarker = memo(function CheckpointMarker({
  checkpoint: c,
  place,
  routeName,
  size,
  onMove,
}: {
  checkpoint: Checkpoint;
  /** Its place on the route, counting only the checkpoints still on it. */
  place: number;
  routeName: string;
  size: number;
  onMove: Move | undefined;
}) {
  const { t } = useI18n();
  return (
    <PlanMarker
      id={c.id}
      at={c.position}
      className="checkpoint-marker"
      html={`<span>${place}</span>`}
      size={size}
      title={t('map.checkpointTitle', { order: place, name: c.name, route: routeName })}
      onMove={onMove}
    />
  );
});
