import { CRS, type Marker as LeafletMarker } from 'leaflet';
import { memo, useEffect, useMemo, useRef } from 'react';
import { ImageOverlay, MapContainer, Marker, Polyline } from 'react-leaflet';
import type { Site } from '../../../shared/domain';
import type { WallEntrance, WallPost, WallRound, WallRoute } from '../../../shared/wall/wallPicture';
import { useI18n } from '../../i18n/useI18n';
import { FitPlan, planFit } from '../../plan/FitPlan';
import { markerIcon } from '../../plan/markerIcon';
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
            <Still
              key={c.id}
              at={c.position}
              className={reached.has(c.id) ? 'wall-checkpoint is-reached' : 'wall-checkpoint'}
              html={`<span>${reached.has(c.id) ? '✓' : i + 1}</span>`}
              size={Math.round(1.4 * 16 * rem)}
              title={t(reached.has(c.id) ? 'wall.checkpointReached' : 'wall.checkpoint', { name: c.name })}
            />
          )),
        )}
        {posts.map((p) => (
          <Still
            key={p.id}
            at={p.position}
            className={`wall-post wall-post-${p.level}`}
            html={`${postSymbolMarkup(p.level, Math.round(16 * rem))}<b>${p.filled}/${p.minimum}</b>`}
            size={Math.round(16 * rem)}
            title={t('wall.postMarker', { name: p.name, filled: p.filled, minimum: p.minimum })}
          />
        ))}
        {entrances.map((e) => (
          <Still
            key={e.id}
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

/** A marker nobody can click, drag or tab to. Redrawn only when its place or look changes. */
const Still = memo(function Still({
  at,
  className,
  html,
  size,
  title,
}: {
  at: { x: number; y: number };
  className: string;
  html: string;
  size: number;
  title: string;
}) {
  const { x, y } = at;
  const position = useMemo(() => toLatLng({ x, y }), [x, y]);
  const marker = useRef<LeafletMarker>(null);
  // Leaflet reads a marker's title only when it makes the icon; react-leaflet never passes a new one on.
  useEffect(() => {
    marker.current?.getElement()?.setAttribute('title', title);
  }, [title, html]);
  return (
    <Marker
      ref={marker}
      position={position}
      icon={markerIcon(className, html, size)}
      title={title}
      interactive={false}
      keyboard={false}
    />
  );
});
