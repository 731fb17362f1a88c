import { useCallback } from 'react';
import type { Shift } from '../../../../shared/domain';
import { useCommand } from '../../../hooks/useCommand';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { typedTimeToInstant } from './typedTime';

export type DutyAction = 'checkIn' | 'checkOut' | 'clearCheckIn' | 'clearCheckOut';

/**
 * The duty tab's writes: each runs its command with the typed time (empty: now) read on
 * the shown shift's day, and says whether it went through, so the time field can empty.
 */
export function useDutyActions(shift: Shift | null, timeZone: string, typed: string) {
  const services = useServices();
  const { t } = useI18n();
  const { run, error, busy, clearError } = useCommand(timeZone);
  const at = shift && typed !== '' ? (typedTimeToInstant(typed, shift, timeZone) ?? undefined) : undefined;

  const act = useCallback(
    (action: DutyAction, assignmentId: string) =>
      run(async () => {
        const { dutyCommands } = await import('./commands');
        if (action === 'clearCheckIn' || action === 'clearCheckOut') {
          return dutyCommands[action](services, { assignmentId, reason: t('duty.undoReason') });
        }
        return dutyCommands[action](services, { assignmentId, ...(at === undefined ? {} : { at }) });
      }),
    [run, services, t, at],
  );

  const swap = useCallback(
    (assignmentId: string, personId: string) =>
      run(async () => {
        const { dutyCommands } = await import('./commands');
        return dutyCommands.swapPerson(services, {
          assignmentId,
          personId,
          ...(at === undefined ? {} : { at }),
          describe: (s) => t('duty.activity.swap', s),
        });
      }),
    [run, services, t, at],
  );

  return { act, swap, error, busy, clearError };
}
