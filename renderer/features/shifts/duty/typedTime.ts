import type { Shift } from '../../../../shared/domain';
import { typedTimeNear } from '../../../../shared/time/typedTime';

/**
 * The instant a time typed as "HH:MM" means for a shift: the one nearest the shift's
 * middle. "00:10" on the 16–24 shift is the next day's ten past midnight; "07:50" on the
 * 08–16 shift is that morning's. Null for anything but a time of day.
 */
export function typedTimeToInstant(
  typed: string,
  shift: Pick<Shift, 'date' | 'startsAt' | 'endsAt'>,
  timeZone: string,
): number | null {
  return typedTimeNear(typed, (shift.startsAt + shift.endsAt) / 2, timeZone);
}
