import type { Checkpoint, PatrolRoute } from '../../../shared/domain';
import { defineQuery } from '../live/query';

export interface RouteWithCheckpoints {
  route: PatrolRoute;
  checkpoints: Checkpoint[];
}

/**
 * The site's patrol routes, each with its checkpoints in order, live. Routes and
 * checkpoints are read side by side, by site: one round trip to the store.
 */
export const patrolRoutesOfSite = defineQuery(
  'patrolRoutesOfSite',
  async (db, siteId: string | null): Promise<RouteWithCheckpoints[]> => {
    if (siteId === null) return [];
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
  },
);
