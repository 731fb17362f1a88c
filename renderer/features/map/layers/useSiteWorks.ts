import { useLiveQuery } from 'dexie-react-hooks';
import type { PerimeterWork } from '../../../../shared/domain';
import { useServices } from '../../../app/ServicesContext';
import { bootSnapshot } from '../../../db/bootSnapshot';

/** The site's perimeter works (lines and symbols), live; from the start-up read when the app started on the map. */
export function useSiteWorks(siteId: string | undefined): PerimeterWork[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => (siteId ? db.perimeterWorks.where('siteId').equals(siteId).toArray() : []), [db, siteId], fromBoot(siteId));
}

function fromBoot(siteId: string | undefined): PerimeterWork[] | undefined {
  const snap = bootSnapshot();
  return snap?.map && siteId !== undefined && snap.site?.id === siteId ? snap.map.works : undefined;
}
