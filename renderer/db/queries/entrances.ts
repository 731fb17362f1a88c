import type { Entrance } from '../../../shared/domain';
import type { CordonDb } from '../CordonDb';
import { defineQuery } from '../live/query';

/** The site's entrances in sheet-number order, by index. */
export function readEntrances(db: CordonDb, siteId: string): Promise<Entrance[]> {
  return db.entrances.where('[siteId+number]').between([siteId, 0], [siteId, Infinity]).toArray();
}

/** The site's entrances, live: the overview, the map and the entrance list. */
export const entrancesOfSite = defineQuery('entrancesOfSite', async (db, siteId: string | null) =>
  siteId === null ? [] : readEntrances(db, siteId),
);
