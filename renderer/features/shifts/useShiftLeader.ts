import { useLive } from '../../db/useLive';
import type { Person, Shift } from '../../../shared/domain';
import { useServices } from '../../app/ServicesContext';
import { heldSnapshot } from '../../db/screenSnapshot';

/** The person leading a shift, live; null when the shift has none (or the person is gone). */
export function useShiftLeader(shift: Shift | null | undefined): Person | null | undefined {
  const { db } = useServices();
  return useLive(
    async () => {
      if (!shift?.leaderId) return null;
      return (await db.people.get(shift.leaderId)) ?? null;
    },
    [db, shift?.leaderId],
    fromBoot(shift),
  );
}

function fromBoot(shift: Shift | null | undefined): Person | null | undefined {
  const snap = heldSnapshot();
  return snap && shift && snap.shift?.id === shift.id ? snap.leader : undefined;
}
