import { CRS, type Map as LeafletMap } from 'leaflet';
import { Suspense, useMemo, useState } from 'react';
import { ImageOverlay, LayerGroup, LayersControl, MapContainer, Marker } from 'react-leaflet';
import type { Entrance, PerimeterWork, Site } from '../../../shared/domain';
import type { PostStaffing, StaffingLevel } from '../../../shared/rules/staffing';
import { useI18n } from '../../i18n/useI18n';
import { useRemScale } from '../../ui/useRemScale';
import { entranceSymbolMarkup } from '../../ui/entranceSymbols';
import { postSymbolMarkup } from '../../ui/postSymbols';
import { markerMoveHandlers } from './edit/markerEdit';
import { markerIcon } from './markerIcon';
import type { MapEditState } from './edit/editTypes';
import { LazyMapEditor } from './edit/LazyMapEditor';
import { FitPlan } from './FitPlan';
import { PatrolRouteLayer } from './layers/PatrolRouteLayer';
import { PerimeterWorksLayer } from './layers/PerimeterWorksLayer';
import type { RouteWithCheckpoints } from './layers/usePatrolRoutes';
import { planMetresPerUnit } from './planMetres';
import { ScaleAndNorth } from './ScaleAndNorth';
import { markerLatLng, planBounds } from './planCoords';
import { usePlanUrl } from './usePlanUrl';

const postIcon = (level: StaffingLevel, rem: number) => markerIcon('post-marker', postSymbolMarkup(level, Math.round(16 * rem)), Math.round(16 * rem));

const entranceIcon = (entrance: Entrance, rem: number) =>
  markerIcon('entrance-marker', `${entranceSymbolMarkup(entrance.state, Math.round(30 * rem))}<span class="entrance-marker-number">${entrance.number}</span>`, Math.round(30 * rem));

/**
 * The site plan in plan units (Leaflet CRS.Simple, no tiles, no network) with the
 * entrances drawn by state and the posts by staffing. Reports when the plan picture has
 * loaded, so screens can say they are ready.
 */
export function SitePlanMap({ site, entrances, staffing, onPlanLoaded, onSelectEntrance, onSelectWork, full = false, works, routes, edit, selectedWorkId = null }: {
  site: Site;
  entrances: readonly Entrance[];
  staffing: readonly PostStaffing[];
  /** The map screen's other layers (with `full`). */
  works?: readonly PerimeterWork[] | undefined;
  routes?: readonly RouteWithCheckpoints[] | undefined;
  onPlanLoaded?: () => void;
  onSelectEntrance?: (e: Entrance) => void;
  onSelectWork?: (w: PerimeterWork) => void;
  /** The map screen: every layer, switchable, with scale and north. The overview shows entrances and posts. */
  full?: boolean;
  /** Edit mode (map screen only): markers drag, lines are drawn and reshaped. Absent: nothing moves. */
  edit?: MapEditState | undefined;
  /** The selected work: in edit mode a selected line is reshaped. */
  selectedWorkId?: string | null;
}) {
  const { t } = useI18n();
  const url = usePlanUrl(site.plan);
  const bounds = useMemo(() => planBounds(site.plan.width, site.plan.height), [site.plan.width, site.plan.height]);
  const move = edit?.handlers.move;
  const rem = useRemScale();
  // The Leaflet map, for the zoom at which an arrow key moves a marker by a few pixels.
  const [map, setMap] = useState<LeafletMap | null>(null);
  const zoom = () => map?.getZoom() ?? 0;
  const reshaping = edit && selectedWorkId ? works?.find((w) => w.id === selectedWorkId && w.geometry.type === 'line') ?? null : null;

  const postMarkers = staffing.map(({ post, level, people }) => (
    <Marker
      key={`${post.id}:${level}:${people.length}`}
      position={markerLatLng(post.position)}
      icon={postIcon(level, rem)}
      title={t('map.postMarker', { name: post.name, count: people.length, min: post.minStaff })}
      zIndexOffset={-100}
      draggable={move !== undefined}
      eventHandlers={markerMoveHandlers(post.position, move && ((to) => move('posts', post.id, to)), zoom)}
    />
  ));
  // Keyed by state too: Leaflet sets a marker's title only when it is created.
  const entranceMarkers = entrances.map((e) => (
    <Marker
      key={`${e.id}:${e.state}:${e.name}`}
      position={markerLatLng(e.position)}
      icon={entranceIcon(e, rem)}
      title={t('map.entranceMarker', { number: e.number, name: e.name, state: t(`entranceState.${e.state}`) })}
      draggable={move !== undefined}
      eventHandlers={{ click: () => onSelectEntrance?.(e), ...markerMoveHandlers(e.position, move && ((to) => move('entrances', e.id, to)), zoom) }}
    />
  ));

  return (
    <div className={edit ? 'site-map is-editing' : 'site-map'} data-testid="site-map" role="region" aria-label={t('map.title')}>
      <MapContainer
        ref={setMap}
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
        {edit && (
          <Suspense fallback={null}>
            <LazyMapEditor edit={edit} reshaping={reshaping} />
          </Suspense>
        )}
        {full && <ScaleAndNorth metresPerUnit={planMetresPerUnit(site.plan)} />}
        {full ? (
          <LayersControl position="topright">
            <LayersControl.Overlay checked name={t('map.layer.works')}>
              <PerimeterWorksLayer works={works ?? []} onSelect={onSelectWork} onMove={edit?.handlers.moveWork} hiddenId={reshaping?.id} />
            </LayersControl.Overlay>
            <LayersControl.Overlay checked name={t('map.layer.patrols')}>
              <PatrolRouteLayer routes={routes ?? []} onMove={move && ((id, to) => move('checkpoints', id, to))} />
            </LayersControl.Overlay>
            <LayersControl.Overlay checked name={t('map.layer.posts')}>
              <LayerGroup>{postMarkers}</LayerGroup>
            </LayersControl.Overlay>
            <LayersControl.Overlay checked name={t('map.layer.entrances')}>
              <LayerGroup>{entranceMarkers}</LayerGroup>
            </LayersControl.Overlay>
          </LayersControl>
        ) : (
          <>
            {postMarkers}
            {entranceMarkers}
          </>
        )}
      </MapContainer>
    </div>
  );
}
