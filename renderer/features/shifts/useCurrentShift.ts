import { useLiveQuery } from 'dexie-react-hooks';
import type { Shift } from '../../../shared/domain';
import { pickCurrentShift } from '../../../shared/rules/staffing';
import { useServices } from '../../app/ServicesContext';
import { bootSnapshot } from '../../db/bootSnapshot';

/** Longest shift we look back for: a 24-hour shift that started just under a day ago. */
const LOOKBACK_MS = 24 * 3600_000;

/**
 * The shift running now, by index (shifts started in the last day), live. `now` is
 * rounded to the minute by the caller so the query re-runs once a minute, not every tick.
 */
export function useCurrentShift(siteId: string | undefined, nowMinute: number): Shift | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    if (!siteId) return null;
    const recent = await db.shifts.where('[siteId+startsAt]').between([siteId, nowMinute - LOOKBACK_MS], [siteId, nowMinute], true, true).toArray();
    return pickCurrentShift(recent, nowMinute);
  }, [db, siteId, nowMinute], fromBoot(siteId, nowMinute));
}

function fromBoot(siteId: string | undefined, minute: number): Shift | null | undefined {
  const snap = bootSnapshot();
  return snap && siteId !== undefined && snap.site?.id === siteId && snap.minute === minute ? snap.shift : undefined;
}
