import { useLive } from '../../db/useLive';
import { useMemo } from 'react';
import type { PerimeterWork } from '../../../shared/domain';
import { useServices } from '../../app/ServicesContext';
import { snapshotForSite } from '../../db/screenSnapshot';
import { readSiteWorks } from '../../db/queries/siteLayers';

/**
 * The site's perimeter works, live: as a list (to draw) and by id (to name an item's
 * work, to link one in a form). One read for both; from a held snapshot when it has the
 * map's layers (read before the map is shown).
 */
export function usePerimeterWorks(siteId: string | undefined): {
  list: PerimeterWork[] | undefined;
  byId: Map<string, PerimeterWork> | undefined;
} {
  const { db } = useServices();
  const list = useLive(
    () => (siteId ? readSiteWorks(db, siteId) : []),
    [db, siteId],
    snapshotForSite(siteId, (snap) => snap.map?.works),
  );
  const byId = useMemo(() => list && new Map(list.map((w) => [w.id, w])), [list]);
  return { list, byId };
}
