import type { Shift } from '../../../../shared/domain';
import { addDays, zonedInstant } from '../../../../shared/time/zoned';

/**
 * The instant a time typed as "HH:MM" means for a shift: of the day before, the shift's
 * day and the day after, the one nearest the shift's middle. "00:10" on the 16–24 shift
 * is the next day's ten past midnight; "07:50" on the 08–16 shift is that morning's.
 * Null for anything but a time of day.
 */
export function typedTimeToInstant(
  typed: string,
  shift: Pick<Shift, 'date' | 'startsAt' | 'endsAt'>,
  timeZone: string,
): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(typed.trim());
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (hours > 23 || minutes > 59) return null;
  const middle = (shift.startsAt + shift.endsAt) / 2;
  const candidates = [-1, 0, 1].map((d) => zonedInstant(addDays(shift.date, d), hours * 60 + minutes, timeZone));
  return candidates.reduce((best, c) => (Math.abs(c - middle) < Math.abs(best - middle) ? c : best));
}
