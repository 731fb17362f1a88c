import { CRS } from 'leaflet';
import { useMemo } from 'react';
import { ImageOverlay, MapContainer, Polyline } from 'react-leaflet';
import type { Site } from '../../../shared/domain';
import type { WallEntrance, WallPost, WallRound, WallRoute } from '../../../shared/wall/wallPicture';
import { useI18n } from '../../i18n/useI18n';
import { FitPlan, planFit } from '../../plan/FitPlan';
import { PlanMarker } from '../../plan/layers/PlanMarker';
import { planBounds, toLatLng } from '../../plan/planCoords';
import { usePlanUrl } from '../../plan/usePlanUrl';
import { routeStyle } from '../../plan/layers/workStyles';
import { entranceSymbolMarkup } from '../../ui/entranceSymbols';
import { postSymbolMarkup } from '../../ui/postSymbols';
import { useRemScale } from '../../ui/useRemScale';

/**
 * The site plan, large, for the room: every entrance by its state and number, every post
 * by its staffing with filled / minimum, the patrol route with the round out now (the
 * checkpoints reached filled). Nothing on it can be clicked, dragged, zoomed or focused:
 * the markers are not interactive and take no keyboard focus, the map has no controls.
 */
export function WallMap({
  site,
  entrances,
  posts,
  routes,
  underWay,
}: {
  site: Site;
  entrances: readonly WallEntrance[];
  posts: readonly WallPost[];
  routes: readonly WallRoute[];
  underWay: WallRound | null;
}) {
  const { t } = useI18n();
  const url = usePlanUrl(site.plan);
  const bounds = useMemo(() => planBounds(site.plan.width, site.plan.height), [site.plan.width, site.plan.height]);
  const rem = useRemScale();
  const reached = useMemo(
    () => new Set(underWay?.checkpoints.filter((c) => c.reached).map((c) => c.id) ?? []),
    [underWay],
  );
  return (
    <div className="wall-map" role="img" aria-label={t('wall.mapLabel')}>
      <MapContainer
        crs={CRS.Simple}
        bounds={bounds}
        boundsOptions={planFit}
        minZoom={-3}
        maxZoom={3}
        zoomSnap={0}
        attributionControl={false}
        zoomControl={false}
        dragging={false}
        scrollWheelZoom={false}
        doubleClickZoom={false}
        touchZoom={false}
        boxZoom={false}
        keyboard={false}
        className="wall-map-canvas"
      >
        <FitPlan bounds={bounds} />
        {url && <ImageOverlay url={url} bounds={bounds} interactive={false} />}
        {routes.map((r) => (
          <Polyline
            key={r.id}
            positions={r.checkpoints.map((c) => toLatLng(c.position))}
            pathOptions={{ ...routeStyle, weight: Math.round(4 * rem), interactive: false }}
          />
        ))}
        {routes.flatMap((r) =>
          r.checkpoints.map((c, i) => (
            <PlanMarker
              key={c.id}
              id={c.id}
              still
              at={c.position}
              className={reached.has(c.id) ? 'wall-checkpoint is-reached' : 'wall-checkpoint'}
              html={`<span>${reached.has(c.id) ? '✓' : i + 1}</span>`}
              size={Math.round(1.4 * 16 * rem)}
              title={t(reached.has(c.id) ? 'wall.checkpointReached' : 'wall.checkpoint', { name: c.name })}
            />
          )),
        )}
        {posts.map((p) => (
          <PlanMarker
            key={p.id}
            id={p.id}
            still
            at={p.position}
            className={`wall-post wall-post-${p.level}`}
            html={`${postSymbolMarkup(p.level, Math.round(16 * rem))}<b>${p.filled}/${p.minimum}</b>`}
            size={Math.round(16 * rem)}
            title={t('wall.postMarker', { name: p.name, filled: p.filled, minimum: p.minimum })}
          />
        ))}
        {entrances.map((e) => (
          <PlanMarker
            key={e.id}
            id={e.id}
            still
            at={e.position}
            className={e.offPlan ? 'wall-entrance is-off-plan' : 'wall-entrance'}
            html={`${entranceSymbolMarkup(e.state, Math.round(1.6 * 16 * rem))}<b>${e.number}</b>`}
            size={Math.round(1.6 * 16 * rem)}
            title={t('map.entranceMarker', { number: e.number, name: e.name, state: t(`entranceState.${e.state}`) })}
          />
        ))}
      </MapContainer>
    </div>
  );
}
