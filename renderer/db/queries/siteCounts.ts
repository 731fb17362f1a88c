import type { Site } from '../../../shared/domain';
import { activeSiteId, siteCounts } from '../backup/siteRows';
import { defineQuery } from '../live/query';

/** A site's rows counted by table (counts by index, no rows read): what a deletion would take. */
export const siteCountsOf = defineQuery('siteCountsOf', async (db, siteId: string | null) =>
  siteId === null ? null : siteCounts(db, siteId),
);

/** Every site on this laptop, the current one marked: a handful of rows. */
export const sitesOnLaptop = defineQuery(
  'sitesOnLaptop',
  async (db): Promise<{ sites: Site[]; currentId: string | null }> => {
    const [sites, currentId] = await Promise.all([db.sites.toArray(), activeSiteId(db)]);
    return { sites: sites.sort((a, b) => a.createdAt - b.createdAt), currentId };
  },
);
