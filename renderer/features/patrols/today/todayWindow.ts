import { addDays, localDate, zonedInstant } from '../../../../shared/time/zoned';

/**
 * The span the today tab shows: the site's calendar day, stretched to cover the whole
 * current shift (a night shift that began yesterday evening, or runs past midnight).
 */
export function todayWindow(
  now: number,
  timeZone: string,
  shift: { startsAt: number; endsAt: number } | null,
): { from: number; to: number } {
  const day = localDate(now, timeZone);
  const from = zonedInstant(day, 0, timeZone);
  const to = zonedInstant(addDays(day, 1), 0, timeZone);
  return { from: Math.min(from, shift?.startsAt ?? from), to: Math.max(to, shift?.endsAt ?? to) };
}
