import type {
  Entrance,
  EntranceState,
  Geometry,
  Language,
  PerimeterWork,
  PerimeterWorkKind,
  Point,
  Post,
  WorkState,
} from '../domain';
import { buildDemoSite } from './buildDemoSite';
import type { SiteDataset } from './dataset';
import { frontSouth, metresPerUnit, planHeight, planWidth, wallEast, wallNorth, wallWest } from './planGeometry';
import { idFactory } from './random';

export interface LargeSiteOptions {
  now: number;
  language: Language;
  /** Mixed into the ids only (see ContextOptions). */
  idSalt?: string;
}

/** The demo plan scaled up four times: 4000 × 2800 units on a blank grid. */
export const largeScale = 4;
export const largeSiteCounts = { entrances: 60, posts: 200, perimeterWorks: 2000, symbols: 200 } as const;

const scale = (p: Point): Point => ({ x: p.x * largeScale, y: p.y * largeScale });
const scaleGeometry = (g: Geometry): Geometry =>
  g.type === 'line' ? { type: 'line', points: g.points.map(scale) } : { type: 'point', at: scale(g.at) };

/** The compound boundary of the scaled plan, as a rectangle walked clockwise from the north-west corner. */
const box = {
  left: wallWest * largeScale,
  top: wallNorth * largeScale,
  right: wallEast * largeScale,
  bottom: frontSouth * largeScale,
};

/** The point at distance `s` along the boundary, moved `offset` units outwards (negative: inwards). */
function along(s: number, offset: number): Point {
  const l = box.left - offset;
  const r = box.right + offset;
  const t = box.top - offset;
  const b = box.bottom + offset;
  const w = r - l;
  const h = b - t;
  const per = 2 * (w + h);
  let d = (((s % 1) + 1) % 1) * per;
  if (d < w) return { x: l + d, y: t };
  d -= w;
  if (d < h) return { x: r, y: t + d };
  d -= h;
  if (d < w) return { x: r - d, y: b };
  d -= w;
  return { x: l, y: b - d };
}

/** The corners (as fractions of the boundary) a stretch from s0 to s1 passes. */
function cornersBetween(s0: number, s1: number, offset: number): number[] {
  const w = box.right - box.left + 2 * offset;
  const h = box.bottom - box.top + 2 * offset;
  const per = 2 * (w + h);
  return [w / per, (w + h) / per, (2 * w + h) / per].filter((c) => c > s0 && c < s1);
}

function stretch(s0: number, s1: number, offset: number): Point[] {
  return [s0, ...cornersBetween(s0, s1, offset), s1].map((s) => along(s, offset));
}

const lineKinds: readonly PerimeterWorkKind[] = ['fence', 'cordon-tape', 'guard-rail', 'netting', 'wall'];
const stateCycle: readonly WorkState[] = [
  'done',
  'done',
  'done',
  'done',
  'done',
  'done',
  'checked',
  'checked',
  'under-way',
  'planned',
];

/**
 * A large site for benchmarks and scale tests: the demo site (its people, shifts,
 * patrols, logs and its six entrances) on a plan four times the size (a blank grid of
 * 4000 × 2800 units), with 54 more gates around the boundary (60 entrances), a post at
 * each and interior posts up to 200, and the perimeter works made up to 2,000: line
 * stretches of fence, tape, rails, netting and wall in three rings along the boundary,
 * and cameras and lights (200 symbols in all). One patrol route: the demo's, scaled.
 * Deterministic for the same now, language and idSalt.
 */
export function generateLargeSite({ now, language, idSalt }: LargeSiteOptions): SiteDataset {
  const demo = buildDemoSite({ now, language, ...(idSalt === undefined ? {} : { idSalt }) });
  const site = demo.sites[0];
  if (!site) throw new Error('demo has no site');
  const siteId = site.id;
  const newId = idFactory(`large-site:${idSalt ?? ''}`);
  const zh = language === 'zh-CN';

  const entrances: Entrance[] = demo.entrances.map((e) => ({ ...e, position: scale(e.position) }));
  const posts: Post[] = demo.posts.map((p) => ({ ...p, position: scale(p.position) }));
  const extraGates = largeSiteCounts.entrances - entrances.length;
  const firstNumber = Math.max(...entrances.map((e) => e.number)) + 1;
  for (let i = 0; i < extraGates; i++) {
    const number = firstNumber + i;
    // Spread along the boundary, half a step off the corners.
    const s = (i + 0.5) / extraGates;
    const state: EntranceState = i % 6 === 0 ? 'controlled-open' : i % 11 === 5 ? 'closed' : 'sealed';
    const entrance: Entrance = {
      id: newId(),
      siteId,
      number,
      name: zh ? `${number}号门` : `Gate ${number}`,
      kind: 'gate',
      state,
      position: along(s, 0),
      note: '',
    };
    entrances.push(entrance);
    posts.push({
      id: newId(),
      siteId,
      name: zh ? `${number}号门岗` : `Gate ${number} post`,
      entranceId: entrance.id,
      position: along(s, 40),
      minStaff: 2,
      order: posts.length,
    });
  }
  // Interior posts on a grid inside the wall.
  const inner = largeSiteCounts.posts - posts.length;
  const cols = 14;
  const rows = Math.ceil(inner / cols);
  for (let k = 0; k < inner; k++) {
    const c = k % cols;
    const r = Math.floor(k / cols);
    posts.push({
      id: newId(),
      siteId,
      name: zh ? `内部岗${k + 1}` : `Inner post ${k + 1}`,
      entranceId: null,
      position: {
        x: box.left + ((c + 0.5) / cols) * (box.right - box.left),
        y: box.top + ((r + 0.5) / rows) * (box.bottom - box.top),
      },
      minStaff: 1,
      order: posts.length,
    });
  }

  const perimeterWorks: PerimeterWork[] = demo.perimeterWorks.map((w) => ({
    ...w,
    geometry: scaleGeometry(w.geometry),
  }));
  const demoSymbols = perimeterWorks.filter((w) => w.geometry.type === 'point').length;
  const symbols = largeSiteCounts.symbols - demoSymbols;
  const lines = largeSiteCounts.perimeterWorks - perimeterWorks.length - symbols;
  // Three rings: outside (offset 80), just outside (30), inside (-40); each split into stretches with small gaps.
  const rings = [80, 30, -40];
  const perRing = Math.ceil(lines / rings.length);
  for (let i = 0; i < lines; i++) {
    const ring = i % rings.length;
    const j = Math.floor(i / rings.length);
    const offset = rings[ring] ?? 0;
    const kind = lineKinds[(ring * 2 + j) % lineKinds.length] ?? 'fence';
    const s0 = j / perRing;
    const s1 = (j + 0.85) / perRing;
    perimeterWorks.push({
      id: newId(),
      siteId,
      kind,
      label: zh ? `围挡段${i + 1}` : `Stretch ${i + 1}`,
      geometry: { type: 'line', points: stretch(s0, s1, offset) },
      state: stateCycle[i % stateCycle.length] ?? 'done',
    });
  }
  for (let i = 0; i < symbols; i++) {
    const kind: PerimeterWorkKind = i % 2 === 0 ? 'camera' : 'light';
    perimeterWorks.push({
      id: newId(),
      siteId,
      kind,
      label: zh
        ? `${kind === 'camera' ? '摄像头' : '照明'}${i + 1}`
        : `${kind === 'camera' ? 'Camera' : 'Light'} ${i + 1}`,
      geometry: { type: 'point', at: along((i + 0.25) / symbols, 120) },
      state: stateCycle[(i * 3) % stateCycle.length] ?? 'done',
    });
  }

  return {
    ...demo,
    sites: [
      {
        ...site,
        plan: { kind: 'grid', width: planWidth * largeScale, height: planHeight * largeScale, metresPerUnit },
      },
    ],
    entrances,
    posts,
    perimeterWorks,
    checkpoints: demo.checkpoints.map((c) => ({ ...c, position: scale(c.position) })),
  };
}
