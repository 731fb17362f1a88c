import type { Point } from '../../../../shared/domain';

/**
 * Where a checkpoint added from the list goes until someone places it on the map: halfway
 * along the way back from the route's last checkpoint to its first (the new one ends the
 * round), a little past the only one, or the middle of the plan for a route's first.
 */
export function newCheckpointSpot(route: readonly Point[], plan: { width: number; height: number }): Point {
  const first = route[0];
  const last = route[route.length - 1];
  const round = (n: number) => Math.round(n * 10) / 10;
  if (!first || !last) return { x: round(plan.width / 2), y: round(plan.height / 2) };
  if (route.length === 1) {
    const step = Math.max(10, Math.min(plan.width, plan.height) / 20);
    const x = first.x + step <= plan.width ? first.x + step : first.x - step;
    return { x: round(x), y: round(first.y) };
  }
  return { x: round((first.x + last.x) / 2), y: round((first.y + last.y) / 2) };
}
