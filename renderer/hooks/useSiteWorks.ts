import type { PerimeterWork } from '../../shared/domain';
import { useMemo } from 'react';
import { useLive } from '../db/live/useLive';
import { worksOfSite } from '../db/queries/siteWorks';

/**
 * The site's perimeter works, live: as a list (to draw) and by id (to name an item's
 * work, to find the selected one). One read for both; undefined until it has answered.
 */
export function useSiteWorks(siteId: string | null): {
  list: PerimeterWork[] | undefined;
  byId: Map<string, PerimeterWork> | undefined;
} {
  const list = useLive(worksOfSite, siteId).data;
  const byId = useMemo(() => list && new Map(list.map((w) => [w.id, w])), [list]);
  return { list, byId };
}
