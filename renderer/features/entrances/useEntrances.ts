import { useLive } from '../../db/useLive';
import { useMemo } from 'react';
import type { Entrance } from '../../../shared/domain';
import { useServices } from '../../app/ServicesContext';
import { snapshotForSite } from '../../db/screenSnapshot';
import { readEntrances } from '../../db/queries/siteLayers';
import { useWrittenVersion, withWritten } from './justWritten';

/** The site's entrances in sheet-number order, live (and at once for a change this window has just saved). */
export function useEntrances(siteId: string | undefined): Entrance[] | undefined {
  const { db } = useServices();
  const live = useLive(
    () => (siteId ? readEntrances(db, siteId) : []),
    [db, siteId],
    snapshotForSite(siteId, (snap) => snap.entrances),
  );
  const version = useWrittenVersion();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` says when the notes changed.
  return useMemo(() => (live ? withWritten(live) : live), [live, version]);
}
