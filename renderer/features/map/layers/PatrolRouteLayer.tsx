import { divIcon } from 'leaflet';
import { LayerGroup, Marker, Polyline } from 'react-leaflet';
import { useI18n } from '../../../i18n/useI18n';
import { toLatLng } from '../planCoords';
import type { RouteWithCheckpoints } from './usePatrolRoutes';

/**
 * Each route through its checkpoints in order, numbered. The way back from the last to
 * the first is not drawn: a straight line would cut across the compound, and the route
 * stores no path for it.
 */
export function PatrolRouteLayer({ routes }: { routes: readonly RouteWithCheckpoints[] }) {
  const { t } = useI18n();
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
                position={toLatLng(c.position)}
                title={t('map.checkpointTitle', { order: c.order, name: c.name, route: route.name })}
                icon={divIcon({ className: 'checkpoint-marker', html: `<span>${c.order}</span>`, iconSize: [20, 20], iconAnchor: [10, 10] })}
              />
            ))}
          </LayerGroup>
        );
      })}
    </LayerGroup>
  );
}
