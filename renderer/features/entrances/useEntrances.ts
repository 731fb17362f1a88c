import { useLiveQuery } from 'dexie-react-hooks';
import type { Entrance } from '../../../shared/domain';
import { useServices } from '../../app/ServicesContext';
import { bootSnapshot } from '../../db/bootSnapshot';

/** The site's entrances in sheet-number order, live. */
export function useEntrances(siteId: string | undefined): Entrance[] | undefined {
  const { db } = useServices();
  return useLiveQuery(
    () => (siteId ? db.entrances.where('[siteId+number]').between([siteId, 0], [siteId, Infinity]).toArray() : []),
    [db, siteId],
    fromBoot(siteId),
  );
}

function fromBoot(siteId: string | undefined): Entrance[] | undefined {
  const snap = bootSnapshot();
  return snap && siteId !== undefined && snap.site?.id === siteId ? snap.entrances : undefined;
}
