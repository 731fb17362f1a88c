import type { PathOptions } from 'leaflet';
import type { PerimeterWorkKind, WorkState } from '../../../shared/domain';

/**
 * Lines of perimeter work: the kind decides colour and weight, the state decides the
 * pattern (planned: sparse dots, under way: dashes, done: solid, checked: solid and
 * heavier), so state reads on a black-and-white printout too.
 */
const kindStyle: Record<PerimeterWorkKind, { color: string; weight: number }> = {
  wall: { color: '#3c4043', weight: 5 },
  fence: { color: '#5f6368', weight: 3 },
  netting: { color: '#0b57d0', weight: 4 },
  'guard-rail': { color: '#7b1fa2', weight: 4 },
  'cordon-tape': { color: '#d93025', weight: 3 },
  camera: { color: '#0b57d0', weight: 2 },
  light: { color: '#b06000', weight: 2 },
  alarm: { color: '#b3261e', weight: 2 },
  sign: { color: '#137333', weight: 2 },
};

const statePattern: Record<WorkState, { dashArray?: string; extraWeight: number; opacity: number }> = {
  planned: { dashArray: '2 8', extraWeight: 0, opacity: 0.8 },
  'under-way': { dashArray: '10 6', extraWeight: 0, opacity: 0.95 },
  done: { extraWeight: 0, opacity: 1 },
  checked: { extraWeight: 2, opacity: 1 },
};

export function workLineStyle(kind: PerimeterWorkKind, state: WorkState): PathOptions {
  const k = kindStyle[kind];
  const s = statePattern[state];
  // dashArray always given, undefined for a solid line: setStyle keeps any option it is not given, so a line done since it was dashed would stay dashed.
  return {
    color: k.color,
    weight: k.weight + s.extraWeight,
    opacity: s.opacity,
    lineCap: 'butt',
    dashArray: s.dashArray,
  };
}

/** Symbols for point works, drawn in a 20×20 box; state shown by a ring: dashed = not yet done. */
const glyphs: Record<string, string> = {
  camera:
    '<rect x="3" y="6" width="10" height="8" rx="1.5" fill="currentColor"/><path d="M13 8 L18 5 V15 L13 12 Z" fill="currentColor"/>',
  light:
    '<circle cx="10" cy="9" r="5" fill="currentColor"/><rect x="8" y="14" width="4" height="4" fill="currentColor"/>',
  alarm:
    '<path d="M5 14 Q5 4 10 4 Q15 4 15 14 Z" fill="currentColor"/><rect x="4" y="14" width="12" height="2" fill="currentColor"/>',
  sign: '<rect x="4" y="3" width="12" height="9" fill="currentColor"/><rect x="9" y="12" width="2" height="6" fill="currentColor"/>',
};

export function workSymbolMarkup(kind: PerimeterWorkKind, state: WorkState, size = 22): string {
  const colour = kindStyle[kind].color;
  const ring =
    state === 'done' || state === 'checked'
      ? '<circle cx="10" cy="10" r="9.2" fill="#fff" stroke="#000" stroke-width="1.2"/>'
      : '<circle cx="10" cy="10" r="9.2" fill="#fff" stroke="#000" stroke-width="1.2" stroke-dasharray="2.5 2"/>';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20" width="${size}" height="${size}" style="color:${colour}" aria-hidden="true">${ring}${glyphs[kind] ?? ''}</svg>`;
}

/** A patrol route's line through its checkpoints. */
export const routeStyle = { color: '#0b57d0', weight: 2, dashArray: '1 6', lineCap: 'round', opacity: 0.9 } as const;
