import { useLiveQuery } from 'dexie-react-hooks';
import type { Checkpoint, PatrolRoute } from '../../../../shared/domain';
import { useServices } from '../../../app/ServicesContext';
import { bootSnapshot, readPatrolRoutes } from '../../../db/bootSnapshot';

export interface RouteWithCheckpoints {
  route: PatrolRoute;
  checkpoints: Checkpoint[];
}

/** The site's patrol routes, each with its checkpoints in order, live; from the start-up read when the app started on the map. */
export function usePatrolRoutes(siteId: string | undefined): RouteWithCheckpoints[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => (siteId ? readPatrolRoutes(db, siteId) : []), [db, siteId], fromBoot(siteId));
}

function fromBoot(siteId: string | undefined): RouteWithCheckpoints[] | undefined {
  const snap = bootSnapshot();
  return snap?.map && siteId !== undefined && snap.site?.id === siteId ? snap.map.routes : undefined;
}
