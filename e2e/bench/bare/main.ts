/**
 * The benchmark's reference: the same plan, the same six entrance markers and six post
 * markers, drawn with Leaflet the way SitePlanMap draws them, and nothing else (no React,
 * no Dexie, no data to read). Ready once the plan picture has loaded and the markers are on.
 */
import {
  CRS,
  circleMarker,
  divIcon,
  imageOverlay,
  map,
  marker,
  type LatLngBoundsExpression,
  type LatLngTuple,
} from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { Point } from '../../../shared/domain';
import { closureStates } from '../../../shared/demo/layout';
import {
  planEntrances,
  planHeight,
  planPosts,
  planWidth,
  xiangzhangyuanPlanSvg,
} from '../../../shared/demo/xiangzhangyuanPlan';
import { entranceSymbolMarkup } from '../../../renderer/ui/entranceSymbols';

const toLatLng = (p: Point): LatLngTuple => [-p.y, p.x];
const bounds: LatLngBoundsExpression = [
  [-planHeight, 0],
  [0, planWidth],
];
const staffedColour = '#137333';

const el = document.getElementById('map');
if (!el) throw new Error('no #map element');

const m = map(el, {
  crs: CRS.Simple,
  maxBounds: bounds,
  maxBoundsViscosity: 0.8,
  minZoom: -3,
  maxZoom: 3,
  zoomSnap: 0.25,
  attributionControl: false,
  preferCanvas: true,
});
m.fitBounds(bounds);

for (const pe of planEntrances) {
  circleMarker(toLatLng(planPosts[pe.key]), {
    radius: 7,
    color: '#1f1f1f',
    weight: 2,
    fillColor: staffedColour,
    fillOpacity: 1,
  })
    .bindTooltip(`post ${pe.number}`)
    .addTo(m);
}
for (const pe of planEntrances) {
  const state = closureStates[pe.key];
  const icon = divIcon({
    className: 'entrance-marker',
    html: `${entranceSymbolMarkup(state, 30)}<span class="entrance-marker-number">${pe.number}</span>`,
    iconSize: [30, 30],
    iconAnchor: [15, 15],
  });
  marker(toLatLng(pe.at), { icon, title: `${pe.number} ${pe.key}: ${state}` }).addTo(m);
}

// Like the app: the picture is the bundled SVG string, shown through an object URL.
const url = URL.createObjectURL(new Blob([xiangzhangyuanPlanSvg], { type: 'image/svg+xml' }));
const overlay = imageOverlay(url, bounds);
overlay.once('load', () => {
  m.invalidateSize();
  performance.mark('bare:ready');
  document.body.dataset.ready = 'true';
});
overlay.addTo(m);
