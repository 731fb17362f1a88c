import { useLiveQuery } from 'dexie-react-hooks';
import type { PerimeterWork } from '../../../shared/domain';
import { useServices } from '../../app/ServicesContext';

/** The site's perimeter works by id, live: to name an item's work and to link one in the form. */
export function usePerimeterWorks(siteId: string | undefined): Map<string, PerimeterWork> | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const works = siteId ? await db.perimeterWorks.where('siteId').equals(siteId).toArray() : [];
    return new Map(works.map((w) => [w.id, w]));
  }, [db, siteId]);
}
