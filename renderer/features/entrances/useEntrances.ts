import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Entrance } from '../../../shared/domain';
import { useServices } from '../../app/ServicesContext';
import { bootSnapshot } from '../../db/bootSnapshot';
import { useWrittenVersion, withWritten } from './justWritten';

/** The site's entrances in sheet-number order, live (and at once for a change this window has just saved). */
export function useEntrances(siteId: string | undefined): Entrance[] | undefined {
  const { db } = useServices();
  const live = useLiveQuery(
    () => (siteId ? db.entrances.where('[siteId+number]').between([siteId, 0], [siteId, Infinity]).toArray() : []),
    [db, siteId],
    fromBoot(siteId),
  );
  const version = useWrittenVersion();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` says when the notes changed.
  return useMemo(() => (live ? withWritten(live) : live), [live, version]);
}

function fromBoot(siteId: string | undefined): Entrance[] | undefined {
  const snap = bootSnapshot();
  return snap && siteId !== undefined && snap.site?.id === siteId ? snap.entrances : undefined;
}
