import { CRS } from 'leaflet';
import { useMemo, type ReactNode } from 'react';
import { ImageOverlay, LayerGroup, LayersControl, MapContainer } from 'react-leaflet';
import type { Entrance, PerimeterWork, Point, Site } from '../../shared/domain';
import type { PostStaffing } from '../../shared/rules/staffing';
import { useI18n } from '../i18n/useI18n';
import { FitPlan, planFit } from './FitPlan';
import { EntranceMarkers } from './layers/EntranceMarkers';
import { PatrolRouteLayer } from './layers/PatrolRouteLayer';
import { PerimeterWorksLayer } from './layers/PerimeterWorksLayer';
import { PostMarkers } from './layers/PostMarkers';
import { SelectedWorkHalo } from './layers/SelectedWorkHalo';
import type { RouteWithCheckpoints } from '../db/queries/patrolRoutes';
import { ScaleAndNorth } from './ScaleAndNorth';
import { planBounds } from './planCoords';
import { usePlanUrl } from './usePlanUrl';

/** What can be moved on the plan by dragging its marker (or with the arrow keys). */
export type MovableLayer = 'entrances' | 'posts' | 'checkpoints';

/** The plan's part of edit mode: where moves go. Absent: nothing moves. */
export interface PlanMoves {
  move: (layer: MovableLayer, id: string, to: Point) => Promise<boolean>;
  moveWork: (id: string, to: Point) => Promise<boolean>;
}

/**
 * The site plan in plan units (Leaflet CRS.Simple, no tiles, no network) with the
 * entrances drawn by state and the posts by staffing: the overview's plan, the map
 * screen's, and later the wall's and the printed sheet's. Reports when the plan picture
 * has loaded, so screens can say they are ready. `children` go on the map itself (the
 * map screen's editor).
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
  moves,
  selectedWork = null,
  hiddenWorkId,
  children,
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
  /** Edit mode (map screen only): markers drag and move with the arrow keys. */
  moves?: PlanMoves | undefined;
  /** The selected work, haloed (unless it is the one hidden). */
  selectedWork?: PerimeterWork | null;
  /** A work drawn by someone else for now (a line being reshaped in the editor). */
  hiddenWorkId?: string | undefined;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const url = usePlanUrl(site.plan);
  const bounds = useMemo(() => planBounds(site.plan.width, site.plan.height), [site.plan.width, site.plan.height]);
  const move = moves?.move;
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

  const postMarkers = <PostMarkers staffing={staffing} onMove={moveTo?.posts} />;
  const entranceMarkers = (
    <EntranceMarkers entrances={entrances} onSelect={onSelectEntrance} onMove={moveTo?.entrances} />
  );

  return (
    <div
      className={moves ? 'site-map is-editing' : 'site-map'}
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
        {children}
        {full && <ScaleAndNorth metresPerUnit={site.plan.metresPerUnit} />}
        {selectedWork && selectedWork.id !== hiddenWorkId && <SelectedWorkHalo work={selectedWork} />}
        {full ? (
          <LayersControl position="topright">
            <LayersControl.Overlay checked name={t('map.layer.works')}>
              <PerimeterWorksLayer
                works={works ?? []}
                onSelect={onSelectWork}
                onMove={moves?.moveWork}
                hiddenId={hiddenWorkId}
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
