import { useLive } from '../../../db/useLive';
import { useServices } from '../../../app/ServicesContext';
import { snapshotForSite } from '../../../db/screenSnapshot';
import { readPatrolRoutes, type RouteWithCheckpoints } from '../../../db/queries/siteLayers';

export type { RouteWithCheckpoints };

/** The site's patrol routes, each with its checkpoints in order, live; from the snapshot read before the map is shown. */
export function usePatrolRoutes(siteId: string | undefined): RouteWithCheckpoints[] | undefined {
  const { db } = useServices();
  return useLive(
    () => (siteId ? readPatrolRoutes(db, siteId) : []),
    [db, siteId],
    snapshotForSite(siteId, (snap) => snap.map?.routes),
  );
}
