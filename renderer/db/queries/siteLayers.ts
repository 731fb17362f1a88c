import type { Checkpoint, Entrance, PatrolRoute, PerimeterWork } from '../../../shared/domain';
import type { CordonDb } from '../CordonDb';

/** The site's entrances in sheet-number order, by index: for the start-up read and the live hook alike. */
export function readEntrances(db: CordonDb, siteId: string): Promise<Entrance[]> {
  return db.entrances.where('[siteId+number]').between([siteId, 0], [siteId, Infinity]).toArray();
}

/** The site's perimeter works, by index: for the start-up read and the live hook alike. */
export function readSiteWorks(db: CordonDb, siteId: string): Promise<PerimeterWork[]> {
  return db.perimeterWorks.where('siteId').equals(siteId).toArray();
}

export interface RouteWithCheckpoints {
  route: PatrolRoute;
  checkpoints: Checkpoint[];
}

/** The site's patrol routes, each with its checkpoints in order. */
export async function readPatrolRoutes(db: CordonDb, siteId: string): Promise<RouteWithCheckpoints[]> {
  const routes = await db.patrolRoutes.where('siteId').equals(siteId).toArray();
  return Promise.all(
    routes.map(async (route) => ({ route, checkpoints: await db.checkpoints.where('[routeId+order]').between([route.id, 0], [route.id, Infinity]).toArray() })),
  );
}
