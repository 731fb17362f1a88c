import type { Shift } from '../../../../shared/domain';
import type { CordonDb } from '../../../db/CordonDb';
import { readCurrentShift } from '../../../db/queries/currentShift';

/** The shift a sheet is of: the one named, or with 'current' the one running at `at`; null when there is none. */
export async function readShift(db: CordonDb, siteId: string, shiftId: string, at: number): Promise<Shift | null> {
  if (shiftId === 'current') return readCurrentShift(db, siteId, at);
  const shift = await db.shifts.get(shiftId);
  return shift?.siteId === siteId ? shift : null;
}
