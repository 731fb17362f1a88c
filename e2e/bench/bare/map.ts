/**
 * The benchmark's reference for the map screen: the plan picture, entrances, posts,
 * perimeter works (lines on one canvas, symbols as divIcon markers) and the patrol route,
 * drawn with plain Leaflet the way SitePlanMap draws them, from a JSON file of the same
 * features the app's store holds (`?data=demo` or `?data=large`, written by run.ts).
 * No React, no Dexie, no layer control, no scale bar. The bench decides when it is shown
 * (the same DOM check as for the app); the page only marks `bare-map:drawn`.
 * With `&onDemand` the page loads, decodes the plan picture and waits: the bench calls
 * `window.benchDrawMap()` and times the map drawn in a page already running, as the app's
 * map opened from its overview.
 */
import { CRS, divIcon, imageOverlay, layerGroup, map, marker, polyline } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './mapMarkers.css';
import { drawnPlanUrl } from '../../../renderer/plan/drawnPlanUrl';
import { routeStyle, workLineStyle, workSymbolMarkup } from '../../../renderer/plan/layers/workStyles';
import { planBounds, toLatLng } from '../../../renderer/plan/planCoords';
import { entranceSymbolMarkup } from '../../../renderer/ui/entranceSymbols';
import { postSymbolMarkup } from '../../../renderer/ui/postSymbols';
import type { BareMapData } from '../bareMapData';

const loadData = async (): Promise<BareMapData> => {
  const name = new URLSearchParams(location.search).get('data') ?? 'demo';
  return (await (await fetch(`./data/${name}.json`)).json()) as BareMapData;
};

async function draw(): Promise<void> {
  const el = document.getElementById('map');
  if (!el) throw new Error('no #map element');
  const data = await loadData();
  const bounds = planBounds(data.plan.width, data.plan.height);

  const m = map(el, {
    crs: CRS.Simple,
    maxBounds: bounds,
    maxBoundsViscosity: 0.8,
    minZoom: -3,
    maxZoom: 3,
    zoomSnap: 0,
    attributionControl: false,
    preferCanvas: true,
  });
  m.fitBounds(bounds, { animate: false, padding: [8, 8] });
  imageOverlay(drawnPlanUrl(data.plan), bounds).addTo(m);

  const works = layerGroup();
  for (const w of data.works) {
    if (w.geometry.type === 'line')
      polyline(w.geometry.points.map(toLatLng), workLineStyle(w.kind, w.state)).addTo(works);
    else {
      const icon = divIcon({
        className: 'work-marker',
        html: workSymbolMarkup(w.kind, w.state),
        iconSize: [22, 22],
        iconAnchor: [11, 11],
      });
      marker(toLatLng(w.geometry.at), { icon, title: w.label }).addTo(works);
    }
  }
  works.addTo(m);

  const route = layerGroup();
  polyline(
    data.checkpoints.map((c) => toLatLng(c.position)),
    routeStyle,
  ).addTo(route);
  for (const c of data.checkpoints) {
    const icon = divIcon({
      className: 'checkpoint-marker',
      html: `<span>${c.order}</span>`,
      iconSize: [20, 20],
      iconAnchor: [10, 10],
    });
    marker(toLatLng(c.position), { icon, title: c.name }).addTo(route);
  }
  route.addTo(m);

  const posts = layerGroup();
  for (const p of data.posts) {
    const icon = divIcon({
      className: 'post-marker',
      html: postSymbolMarkup('staffed', 16),
      iconSize: [16, 16],
      iconAnchor: [8, 8],
    });
    marker(toLatLng(p.position), { icon, title: p.name, zIndexOffset: -100 }).addTo(posts);
  }
  posts.addTo(m);

  const entrances = layerGroup();
  for (const e of data.entrances) {
    const icon = divIcon({
      className: 'entrance-marker',
      html: `${entranceSymbolMarkup(e.state, 30)}<span class="entrance-marker-number">${e.number}</span>`,
      iconSize: [30, 30],
      iconAnchor: [15, 15],
    });
    marker(toLatLng(e.position), { icon, title: `${e.number}号 ${e.name}` }).addTo(entrances);
  }
  entrances.addTo(m);
  performance.mark('bare-map:drawn');
}

const drawOrSay = () =>
  draw().catch((err: unknown) => {
    document.body.textContent = String(err);
    throw err;
  });

/** As the app has it when its map is opened from the overview, which shows the same plan: the plan picture decoded. */
async function readyOnDemand(): Promise<void> {
  const img = new Image();
  img.src = drawnPlanUrl((await loadData()).plan);
  await img.decode();
  (window as unknown as { benchDrawMap: () => Promise<void> }).benchDrawMap = drawOrSay;
}

if (new URLSearchParams(location.search).has('onDemand')) void readyOnDemand();
else void drawOrSay();
