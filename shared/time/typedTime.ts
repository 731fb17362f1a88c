import { addDays, localDate, zonedInstant } from './zoned';

/**
 * The instant a time typed as "HH:MM" means near `reference`: of the day before, the
 * reference's own day and the day after (in the site's zone), the one nearest it. So
 * "23:55" typed at 00:05 is five to midnight yesterday, not tomorrow night. Null for
 * anything but a time of day.
 */
export function typedTimeNear(typed: string, reference: number, timeZone: string): number | null {
  const m = /^(\d{1,2})[:：](\d{2})$/.exec(typed.trim());
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (hours > 23 || minutes > 59) return null;
  const day = localDate(reference, timeZone);
  const candidates = [-1, 0, 1].map((d) => zonedInstant(addDays(day, d), hours * 60 + minutes, timeZone));
  return candidates.reduce((best, c) => (Math.abs(c - reference) < Math.abs(best - reference) ? c : best));
}
