import type { Geometry, Point } from '../domain';

interface Size {
  width: number;
  height: number;
}

/**
 * How much the things placed on a plan are scaled when a plan of another size replaces
 * it: by the smaller of the two ratios, so the layout keeps its shape and everything
 * lands inside the new plan (a different crop is then corrected by dragging, never lost
 * off the edge). 1 when the sizes agree within a hundredth of a unit, or either is unusable.
 */
const usable = (s: Size) => Number.isFinite(s.width) && Number.isFinite(s.height) && s.width > 0 && s.height > 0;

export function rescaleFactor(from: Size, to: Size): number {
  if (!usable(from) || !usable(to)) return 1;
  if (Math.abs(from.width - to.width) < 0.01 && Math.abs(from.height - to.height) < 0.01) return 1;
  return Math.min(to.width / from.width, to.height / from.height);
}

/** Two decimals are finer than any plan picture's pixel. */
const round = (v: number) => Math.round(v * 100) / 100;

export function scalePoint(p: Point, s: number): Point {
  return { x: round(p.x * s), y: round(p.y * s) };
}

export function scaleGeometry(g: Geometry, s: number): Geometry {
  return g.type === 'point'
    ? { type: 'point', at: scalePoint(g.at, s) }
    : { type: 'line', points: g.points.map((p) => scalePoint(p, s)) };
}
