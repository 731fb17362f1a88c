import type { Shift } from '../../../shared/domain';
import { pickCurrentShift } from '../../../shared/rules/staffing';
import type { CordonDb } from '../CordonDb';

/** Longest shift we look back for: a 24-hour shift that started just under a day ago. */
const LOOKBACK_MS = 24 * 3600_000;

/** The shift running at `minute`, read by index (shifts started in the last day). */
export async function readCurrentShift(db: CordonDb, siteId: string, minute: number): Promise<Shift | null> {
  const recent = await db.shifts
    .where('[siteId+startsAt]')
    .between([siteId, minute - LOOKBACK_MS], [siteId, minute], true, true)
    .toArray();
  return pickCurrentShift(recent, minute);
}
