import type { Checkpoint, Entrance, PatrolRoute, PerimeterWork } from '../../../shared/domain';
import type { CordonDb } from '../CordonDb';

/** The site's entrances in sheet-number order, by index: for the screen snapshot and the live hook alike. */
export function readEntrances(db: CordonDb, siteId: string): Promise<Entrance[]> {
  return db.entrances.where('[siteId+number]').between([siteId, 0], [siteId, Infinity]).toArray();
}

/** The site's perimeter works, by index: for the screen snapshot and the live hook alike. */
export function readSiteWorks(db: CordonDb, siteId: string): Promise<PerimeterWork[]> {
  return db.perimeterWorks.where('siteId').equals(siteId).toArray();
}

export interface RouteWithCheckpoints {
  route: PatrolRoute;
  checkpoints: Checkpoint[];
}

/** The site's patrol routes, each with its checkpoints in order: routes and checkpoints read side by side, by site. */
export async function readPatrolRoutes(db: CordonDb, siteId: string): Promise<RouteWithCheckpoints[]> {
  const [routes, checkpoints] = await Promise.all([
    db.patrolRoutes.where('siteId').equals(siteId).toArray(),
    db.checkpoints.where('siteId').equals(siteId).toArray(),
  ]);
  const byRoute = new Map<string, Checkpoint[]>();
  for (const c of checkpoints) {
    const list = byRoute.get(c.routeId);
    if (list) list.push(c);
    else byRoute.set(c.routeId, [c]);
  }
  return routes.map((route) => ({
    route,
    checkpoints: (byRoute.get(route.id) ?? []).sort((a, b) => a.order - b.order),
  }));
}
