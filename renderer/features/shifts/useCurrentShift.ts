import { useLive } from '../../db/useLive';
import type { Shift } from '../../../shared/domain';
import { useServices } from '../../app/ServicesContext';
import { bootSnapshot } from '../../db/bootSnapshot';
import { readCurrentShift } from '../../db/queries/currentShift';

/**
 * The shift running now, by index (shifts started in the last day), live. `now` is
 * rounded to the minute by the caller so the query re-runs once a minute, not every tick.
 */
export function useCurrentShift(siteId: string | undefined, nowMinute: number): Shift | null | undefined {
  const { db } = useServices();
  return useLive(async () => {
    if (!siteId) return null;
    return readCurrentShift(db, siteId, nowMinute);
  }, [db, siteId, nowMinute], fromBoot(siteId, nowMinute));
}

function fromBoot(siteId: string | undefined, minute: number): Shift | null | undefined {
  const snap = bootSnapshot();
  return snap && siteId !== undefined && snap.site?.id === siteId && snap.minute === minute ? snap.shift : undefined;
}
