import { useLive } from '../../db/useLive';
import type { Shift } from '../../../shared/domain';
import { useServices } from '../../app/ServicesContext';
import { heldSnapshot } from '../../db/screenSnapshot';

/** The name of the pattern slot a shift belongs to ("夜班", "Day"), as stored. */
export function useShiftSlotName(shift: Shift | null | undefined): string | null | undefined {
  const { db } = useServices();
  return useLive(
    async () => {
      if (!shift) return null;
      const pattern = await db.shiftPatterns.get(shift.patternId);
      return pattern?.slots[shift.slotIndex]?.name ?? null;
    },
    [db, shift?.patternId, shift?.slotIndex],
    fromBoot(shift),
  );
}

function fromBoot(shift: Shift | null | undefined): string | null | undefined {
  const snap = heldSnapshot();
  return snap && shift && snap.shift?.id === shift.id ? snap.slotName : undefined;
}
