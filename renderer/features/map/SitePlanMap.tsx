import { CRS } from 'leaflet';
import { Suspense, useMemo } from 'react';
import { ImageOverlay, LayerGroup, LayersControl, MapContainer } from 'react-leaflet';
import type { Entrance, PerimeterWork, Point, Site } from '../../../shared/domain';
import type { PostStaffing } from '../../../shared/rules/staffing';
import { useI18n } from '../../i18n/useI18n';
import type { MapEditState } from './edit/editTypes';
import { LazyMapEditor } from './edit/LazyMapEditor';
import { FitPlan, planFit } from './FitPlan';
import { EntranceMarkers } from './layers/EntranceMarkers';
import { PatrolRouteLayer } from './layers/PatrolRouteLayer';
import { PerimeterWorksLayer } from './layers/PerimeterWorksLayer';
import { PostMarkers } from './layers/PostMarkers';
import { SelectedWorkHalo } from './layers/SelectedWorkHalo';
import type { RouteWithCheckpoints } from './layers/usePatrolRoutes';
import { ScaleAndNorth } from './ScaleAndNorth';
import { planBounds } from './planCoords';
import { usePlanUrl } from './usePlanUrl';

/**
 * The site plan in plan units (Leaflet CRS.Simple, no tiles, no network) with the
 * entrances drawn by state and the posts by staffing. Reports when the plan picture has
 * loaded, so screens can say they are ready.
 */
export function SitePlanMap({
  site,
  entrances,
  staffing,
  onPlanLoaded,
  onSelectEntrance,
  onSelectWork,
  full = false,
  works,
  routes,
  edit,
  selectedWork = null,
}: {
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
  selectedWork?: PerimeterWork | null;
}) {
  const { t } = useI18n();
  const url = usePlanUrl(site.plan);
  const bounds = useMemo(() => planBounds(site.plan.width, site.plan.height), [site.plan.width, site.plan.height]);
  const move = edit?.handlers.move;
  // Made once per edit session: the layers' markers are memoised, and a new callback would redraw every one.
  const moveTo = useMemo(
    () =>
      move && {
        posts: (id: string, to: Point) => move('posts', id, to),
        entrances: (id: string, to: Point) => move('entrances', id, to),
        checkpoints: (id: string, to: Point) => move('checkpoints', id, to),
      },
    [move],
  );
  const reshaping = edit && selectedWork?.geometry.type === 'line' ? selectedWork : null;

  const postMarkers = <PostMarkers staffing={staffing} onMove={moveTo?.posts} />;
  const entranceMarkers = (
    <EntranceMarkers entrances={entrances} onSelect={onSelectEntrance} onMove={moveTo?.entrances} />
  );

  return (
    <div
      className={edit ? 'site-map is-editing' : 'site-map'}
      data-testid="site-map"
      role="region"
      aria-label={t('map.title')}
    >
      <MapContainer
        crs={CRS.Simple}
        bounds={bounds}
        boundsOptions={planFit}
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
        {full && <ScaleAndNorth metresPerUnit={site.plan.metresPerUnit} />}
        {selectedWork && !reshaping && <SelectedWorkHalo work={selectedWork} />}
        {full ? (
          <LayersControl position="topright">
            <LayersControl.Overlay checked name={t('map.layer.works')}>
              <PerimeterWorksLayer
                works={works ?? []}
                onSelect={onSelectWork}
                onMove={edit?.handlers.moveWork}
                hiddenId={reshaping?.id}
              />
            </LayersControl.Overlay>
            <LayersControl.Overlay checked name={t('map.layer.patrols')}>
              <PatrolRouteLayer routes={routes ?? []} onMove={moveTo?.checkpoints} />
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
