import type { PerimeterWork } from '../../../shared/domain';
import type { CordonDb } from '../CordonDb';
import { defineQuery } from '../live/query';

/** The site's perimeter works, by index. */
export function readSiteWorks(db: CordonDb, siteId: string): Promise<PerimeterWork[]> {
  return db.perimeterWorks.where('siteId').equals(siteId).toArray();
}

/** The site's perimeter works, live: the map draws them, the perimeter screen names them. */
export const worksOfSite = defineQuery('worksOfSite', async (db, siteId: string | null) =>
  siteId === null ? [] : readSiteWorks(db, siteId),
);
