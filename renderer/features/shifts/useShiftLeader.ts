import { useLiveQuery } from 'dexie-react-hooks';
import type { Person, Shift } from '../../../shared/domain';
import { useServices } from '../../app/ServicesContext';

/** The person leading a shift, live; null when the shift has none (or the person is gone). */
export function useShiftLeader(shift: Shift | null | undefined): Person | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    if (!shift?.leaderId) return null;
    return (await db.people.get(shift.leaderId)) ?? null;
  }, [db, shift?.leaderId]);
}
