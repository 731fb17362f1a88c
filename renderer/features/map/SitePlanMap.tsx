import { CRS, divIcon } from 'leaflet';
import { useMemo } from 'react';
import { ImageOverlay, MapContainer, Marker } from 'react-leaflet';
import type { Entrance, Site } from '../../../shared/domain';
import type { PostStaffing, StaffingLevel } from '../../../shared/rules/staffing';
import { useI18n } from '../../i18n/useI18n';
import { entranceSymbolMarkup } from '../../ui/entranceSymbols';
import { postSymbolMarkup } from '../../ui/postSymbols';
import { FitPlan } from './FitPlan';
import { planBounds, toLatLng } from './planCoords';
import { usePlanUrl } from './usePlanUrl';

function postIcon(level: StaffingLevel) {
  return divIcon({ className: 'post-marker', html: postSymbolMarkup(level, 16), iconSize: [16, 16], iconAnchor: [8, 8] });
}

function entranceIcon(entrance: Entrance) {
  return divIcon({
    className: 'entrance-marker',
    html: `${entranceSymbolMarkup(entrance.state, 30)}<span class="entrance-marker-number">${entrance.number}</span>`,
    iconSize: [30, 30],
    iconAnchor: [15, 15],
  });
}

/**
 * The site plan in plan units (Leaflet CRS.Simple, no tiles, no network) with the
 * entrances drawn by state and the posts by staffing. Reports when the plan picture has
 * loaded, so screens can say they are ready.
 */
export function SitePlanMap({ site, entrances, staffing, onPlanLoaded, onSelectEntrance }: {
  site: Site;
  entrances: readonly Entrance[];
  staffing: readonly PostStaffing[];
  onPlanLoaded?: () => void;
  onSelectEntrance?: (e: Entrance) => void;
}) {
  const { t } = useI18n();
  const url = usePlanUrl(site.plan);
  const bounds = useMemo(() => planBounds(site.plan.width, site.plan.height), [site.plan.width, site.plan.height]);

  return (
    <div className="site-map" data-testid="site-map" role="region" aria-label={t('map.title')}>
      <MapContainer
        crs={CRS.Simple}
        bounds={bounds}
        maxBounds={bounds}
        maxBoundsViscosity={0.8}
        minZoom={-3}
        maxZoom={3}
        zoomSnap={0}
        zoomDelta={0.5}
        attributionControl={false}
        preferCanvas
        className="site-map-canvas"
      >
        <FitPlan bounds={bounds} />
        {url && <ImageOverlay url={url} bounds={bounds} eventHandlers={{ load: () => onPlanLoaded?.() }} />}
        {staffing.map(({ post, level, people }) => (
          <Marker
            key={post.id}
            position={toLatLng(post.position)}
            icon={postIcon(level)}
            title={t('map.postMarker', { name: post.name, count: people.length, min: post.minStaff })}
            zIndexOffset={-100}
          />
        ))}
        {entrances.map((e) => (
          <Marker
            key={e.id}
            position={toLatLng(e.position)}
            icon={entranceIcon(e)}
            title={t('map.entranceMarker', { number: e.number, name: e.name, state: t(`entranceState.${e.state}`) })}
            eventHandlers={{ click: () => onSelectEntrance?.(e) }}
          />
        ))}
      </MapContainer>
    </div>
  );
}
