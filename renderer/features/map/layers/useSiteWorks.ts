import { useLiveQuery } from 'dexie-react-hooks';
import type { PerimeterWork } from '../../../../shared/domain';
import { useServices } from '../../../app/ServicesContext';

/** The site's perimeter works (lines and symbols), live. */
export function useSiteWorks(siteId: string | undefined): PerimeterWork[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => (siteId ? db.perimeterWorks.where('siteId').equals(siteId).toArray() : []), [db, siteId]);
}
