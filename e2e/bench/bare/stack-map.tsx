/**
 * The benchmark's floor for the map screen: the bare map page's features drawn with the
 * app's stack and nothing else. React 19 + react-leaflet render them; Dexie reads them from
 * IndexedDB (a store of its own, filled from the same JSON file on the first start). No
 * shell, no live queries, no time zones, no sign-on. What any app on this stack pays
 * before the map shows; the app's own figure is compared with it as well as with the bare page.
 */
import { Dexie, type Table } from 'dexie';
import { CRS, divIcon } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './mapMarkers.css';
import { createRoot } from 'react-dom/client';
import { ImageOverlay, MapContainer, Marker, Pane, Polyline } from 'react-leaflet';
import { drawnPlanUrl } from '../../../renderer/plan/drawnPlanUrl';
import { routeStyle, workLineStyle, workSymbolMarkup } from '../../../renderer/plan/layers/workStyles';
import { planBounds, toLatLng } from '../../../renderer/plan/planCoords';
import { entranceSymbolMarkup } from '../../../renderer/ui/entranceSymbols';
import { postSymbolMarkup } from '../../../renderer/ui/postSymbols';
import type { BareMapData } from '../bareMapData';

type Row<T> = T & { id: number };
class FloorDb extends Dexie {
  plan!: Table<{ id: number; plan: BareMapData['plan'] }, number>;
  entrances!: Table<Row<BareMapData['entrances'][number]>, number>;
  posts!: Table<Row<BareMapData['posts'][number]>, number>;
  works!: Table<Row<BareMapData['works'][number]>, number>;
  checkpoints!: Table<Row<BareMapData['checkpoints'][number]>, number>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ plan: 'id', entrances: 'id', posts: 'id', works: 'id', checkpoints: 'id' });
  }
}

const withIds = <T,>(rows: T[]): Row<T>[] => rows.map((r, id) => ({ ...r, id }));

async function load(db: FloorDb, name: string): Promise<BareMapData> {
  if ((await db.plan.count()) === 0) {
    const data = (await (await fetch(`./data/${name}.json`)).json()) as BareMapData;
    await db.transaction('rw', [db.plan, db.entrances, db.posts, db.works, db.checkpoints], async () => {
      await db.plan.put({ id: 0, plan: data.plan });
      await db.entrances.bulkPut(withIds(data.entrances));
      await db.posts.bulkPut(withIds(data.posts));
      await db.works.bulkPut(withIds(data.works));
      await db.checkpoints.bulkPut(withIds(data.checkpoints));
    });
  }
  return db.transaction('r', [db.plan, db.entrances, db.posts, db.works, db.checkpoints], async () => {
    const [plan, entrances, posts, works, checkpoints] = await Promise.all([
      db.plan.get(0),
      db.entrances.toArray(),
      db.posts.toArray(),
      db.works.toArray(),
      db.checkpoints.toArray(),
    ]);
    if (!plan) throw new Error('no plan in the store');
    return { plan: plan.plan, entrances, posts, works, checkpoints };
  });
}

function FloorMap({ data }: { data: BareMapData }) {
  const bounds = planBounds(data.plan.width, data.plan.height);
  return (
    <MapContainer
      crs={CRS.Simple}
      bounds={bounds}
      boundsOptions={{ padding: [8, 8] }}
      maxBounds={bounds}
      maxBoundsViscosity={0.8}
      minZoom={-3}
      maxZoom={3}
      zoomSnap={0}
      attributionControl={false}
      preferCanvas
      style={{ height: '100vh' }}
    >
      <ImageOverlay url={drawnPlanUrl(data.plan)} bounds={bounds} />
      <Pane name="works">
        {data.works.map((w, i) =>
          w.geometry.type === 'line' ? (
            <Polyline
              key={i}
              positions={w.geometry.points.map(toLatLng)}
              pathOptions={workLineStyle(w.kind, w.state)}
            />
          ) : (
            <Marker
              key={i}
              position={toLatLng(w.geometry.at)}
              title={w.label}
              icon={divIcon({
                className: 'work-marker',
                html: workSymbolMarkup(w.kind, w.state),
                iconSize: [22, 22],
                iconAnchor: [11, 11],
              })}
            />
          ),
        )}
      </Pane>
      <Polyline positions={data.checkpoints.map((c) => toLatLng(c.position))} pathOptions={routeStyle} />
      {data.checkpoints.map((c) => (
        <Marker
          key={`c${c.order}`}
          position={toLatLng(c.position)}
          title={c.name}
          icon={divIcon({
            className: 'checkpoint-marker',
            html: `<span>${c.order}</span>`,
            iconSize: [20, 20],
            iconAnchor: [10, 10],
          })}
        />
      ))}
      {data.posts.map((p, i) => (
        <Marker
          key={`p${i}`}
          position={toLatLng(p.position)}
          title={p.name}
          zIndexOffset={-100}
          icon={divIcon({
            className: 'post-marker',
            html: postSymbolMarkup('staffed', 16),
            iconSize: [16, 16],
            iconAnchor: [8, 8],
          })}
        />
      ))}
      {data.entrances.map((e) => (
        <Marker
          key={`e${e.number}`}
          position={toLatLng(e.position)}
          title={`${e.number}号 ${e.name}`}
          icon={divIcon({
            className: 'entrance-marker',
            html: `${entranceSymbolMarkup(e.state, 30)}<span class="entrance-marker-number">${e.number}</span>`,
            iconSize: [30, 30],
            iconAnchor: [15, 15],
          })}
        />
      ))}
    </MapContainer>
  );
}

const name = new URLSearchParams(location.search).get('data') ?? 'demo';
const root = document.getElementById('root');
if (!root) throw new Error('no #root element');
load(new FloorDb(`floor-${name}`), name).then(
  (data) => createRoot(root).render(<FloorMap data={data} />),
  (err: unknown) => {
    root.textContent = String(err);
  },
);
