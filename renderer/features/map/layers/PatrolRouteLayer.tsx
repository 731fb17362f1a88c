import { LayerGroup, Marker, Polyline } from 'react-leaflet';
import type { Point } from '../../../../shared/domain';
import { useI18n } from '../../../i18n/useI18n';
import { useRemScale } from '../../../ui/useRemScale';
import { useMarkerMove } from '../edit/useMarkerMove';
import { markerIcon } from '../markerIcon';
import { markerLatLng, toLatLng } from '../planCoords';
import type { RouteWithCheckpoints } from './usePatrolRoutes';

/**
 * Each route through its checkpoints in order, numbered. The way back from the last to
 * the first is not drawn: a straight line would cut across the compound, and the route
 * stores no path for it. In edit mode checkpoints can be dragged (`onMove`).
 */
export function PatrolRouteLayer({ routes, onMove }: { routes: readonly RouteWithCheckpoints[]; onMove?: ((id: string, to: Point) => Promise<boolean>) | undefined }) {
  const { t } = useI18n();
  const moveHandlers = useMarkerMove();
  const rem = useRemScale();
  return (
    <LayerGroup>
      {routes.map(({ route, checkpoints }) => {
        const path = checkpoints.map((c) => toLatLng(c.position));
        return (
          <LayerGroup key={route.id}>
            <Polyline positions={path} pathOptions={{ color: '#0b57d0', weight: 2, dashArray: '1 6', lineCap: 'round', opacity: 0.9 }} />
            {checkpoints.map((c) => (
              <Marker
                key={c.id}
                position={markerLatLng(c.position)}
                title={t('map.checkpointTitle', { order: c.order, name: c.name, route: route.name })}
                draggable={onMove !== undefined}
                eventHandlers={moveHandlers(c.position, onMove && ((to) => onMove(c.id, to)))}
                icon={markerIcon('checkpoint-marker', `<span>${c.order}</span>`, Math.round(20 * rem))}
              />
            ))}
          </LayerGroup>
        );
      })}
    </LayerGroup>
  );
}
