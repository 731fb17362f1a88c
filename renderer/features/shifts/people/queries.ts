import { readCurrentShift } from '../../../db/queries/currentShift';
import { defineQuery } from '../../../db/live/query';
import { checkedInNow } from './peopleFilter';

/**
 * The ids of the people checked in at a post in the shift running at `minute`, live: the
 * shift by its start, then its assignments by the shift's index. `minute` is a whole
 * minute (useMinute), so the answer turns over with the shift, not on every tick.
 */
export const onDutyNow = defineQuery('onDutyNow', async (db, siteId: string | null, minute: number) => {
  if (siteId === null) return [];
  const shift = await readCurrentShift(db, siteId, minute);
  if (!shift) return [];
  return checkedInNow(await db.assignments.where('shiftId').equals(shift.id).toArray());
});
