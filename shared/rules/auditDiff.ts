export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const isPoint = (v: unknown): v is { x: number; y: number } =>
  typeof v === 'object' &&
  v !== null &&
  typeof Reflect.get(v, 'x') === 'number' &&
  typeof Reflect.get(v, 'y') === 'number';
/** One decimal: a move of half a unit (an arrow key at the closest zoom) still shows. */
const coord = (v: number) => String(Math.round(v * 10) / 10);
const showPoint = (p: { x: number; y: number }) => `(${coord(p.x)}, ${coord(p.y)})`;

/** A place or a shape on the plan, in plan units (to a tenth): a point, or a line through its points. */
function showPlace(v: object): string | null {
  if (isPoint(v)) return showPoint(v);
  const at: unknown = Reflect.get(v, 'at');
  if (isPoint(at)) return showPoint(at);
  const points: unknown = Reflect.get(v, 'points');
  if (!Array.isArray(points) || !points.every(isPoint)) return null;
  // Short lines in full, so a moved middle vertex shows; long ones by their ends and a dot per point between (up to five).
  if (points.length <= 4) return points.map(showPoint).join('–');
  const dots = '·'.repeat(Math.min(points.length - 2, 5));
  return points
    .filter((_, i) => i === 0 || i === points.length - 1)
    .map(showPoint)
    .join(`–${dots}–`);
}

const show = (v: unknown): string => {
  if (v === null) return '—';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  // Nothing (undefined): a stored row holds no other primitive (IndexedDB keeps no symbol or function).
  if (typeof v !== 'object') return '';
  const place = showPlace(v);
  if (place !== null) return place;
  const s = JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function movedPoints(before: unknown, after: unknown): { before: string; after: string } {
  const points = (v: unknown): unknown[] =>
    typeof v === 'object' && v !== null && Array.isArray(Reflect.get(v, 'points'))
      ? (Reflect.get(v, 'points') as unknown[])
      : [];
  const [p, q] = [points(before), points(after)];
  const moved = q.map((_, i) => i).filter((i) => JSON.stringify(p[i]) !== JSON.stringify(q[i]));
  const list = (ps: unknown[]) =>
    moved
      .map((i) => {
        const pt = ps[i];
        return isPoint(pt) ? `#${i + 1} ${showPoint(pt)}` : `#${i + 1} —`;
      })
      .join(' ');
  return { before: list(p), after: list(q) };
}

/** The top-level fields an audit row changed, as text, in a stable order. */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => k !== 'id' && k !== 'siteId').sort();
  return keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => {
      const [before, after] = [show(b[k]), show(a[k])];
      // A long line whose ends stayed: name the points that moved instead (#n is the point's number along the line).
      return before === after ? { field: k, ...movedPoints(b[k], a[k]) } : { field: k, before, after };
    });
}

/** A name to show for the entity a row is about: its name, title or label, if it has one. */
export function entityLabel(before: unknown, after: unknown): string | null {
  for (const v of [after, before]) {
    if (!isRecord(v)) continue;
    for (const k of ['name', 'title', 'label']) {
      const x = v[k];
      if (typeof x === 'string' && x !== '') return x;
    }
  }
  return null;
}
