import { useLive } from '../../db/useLive';
import type { Shift } from '../../../shared/domain';
import { useServices } from '../../app/ServicesContext';
import { snapshotForSite } from '../../db/screenSnapshot';
import { readCurrentShift } from '../../db/queries/currentShift';

/**
 * The shift running now, by index (shifts started in the last day), live. `now` is
 * rounded to the minute by the caller so the query re-runs once a minute, not every tick.
 */
export function useCurrentShift(siteId: string | undefined, nowMinute: number): Shift | null | undefined {
  const { db } = useServices();
  // A held snapshot's shift stands only for the minute it was looked up for.
  return useLive(
    async () => {
      if (!siteId) return null;
      return readCurrentShift(db, siteId, nowMinute);
    },
    [db, siteId, nowMinute],
    snapshotForSite(siteId, (snap) => (snap.minute === nowMinute ? snap.shift : undefined)),
  );
}
