import type { Person, Shift } from '../../../shared/domain';
import { pickCurrentShift } from '../../../shared/rules/staffing';
import type { CordonDb } from '../CordonDb';
import { defineQuery } from '../live/query';

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

export interface ShiftNow {
  shift: Shift;
  /** The shift's name ("夜班", "Day"), as it was made. */
  slotName: string | null;
  /** The person leading the shift; null when it has none (or the person is gone). */
  leader: Person | null;
}

/**
 * The shift running at `minute` with its slot's name and its leader, live; null when no
 * shift is running. `minute` is a whole minute (useMinute), so the query is asked again
 * once a minute, not every tick: the header and the overview turn over together.
 */
export const shiftNow = defineQuery('shiftNow', async (db, siteId: string | null, minute: number) => {
  if (siteId === null) return null;
  const shift = await readCurrentShift(db, siteId, minute);
  if (!shift) return null;
  const leader = shift.leaderId ? await db.people.get(shift.leaderId) : undefined;
  const now: ShiftNow = { shift, slotName: shift.name, leader: leader ?? null };
  return now;
});
