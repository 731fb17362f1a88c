import { useLiveQuery } from 'dexie-react-hooks';
import type { Checkpoint, PatrolRoute } from '../../../../shared/domain';
import { useServices } from '../../../app/ServicesContext';

export interface RouteWithCheckpoints {
  route: PatrolRoute;
  checkpoints: Checkpoint[];
}

/** The site's patrol routes, each with its checkpoints in order, live. */
export function usePatrolRoutes(siteId: string | undefined): RouteWithCheckpoints[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    if (!siteId) return [];
    const routes = await db.patrolRoutes.where('siteId').equals(siteId).toArray();
    return Promise.all(
      routes.map(async (route) => ({
        route,
        checkpoints: await db.checkpoints.where('[routeId+order]').between([route.id, 0], [route.id, Infinity]).toArray(),
      })),
    );
  }, [db, siteId]);
}
