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

/**
 * A time the operator types for something already told: "HH:MM" is the instant nearest
 * `reference` (as typedTimeNear), "YYYY-MM-DD HH:MM" that day's on the site's clock.
 * Null for anything else; a time still to come is handed on as typed, for the command
 * to refuse with its own message.
 */
export function typedInstant(typed: string, reference: number, timeZone: string): number | null {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2})[:：](\d{2})$/.exec(typed.trim());
  if (!m) return typedTimeNear(typed, reference, timeZone);
  const date = m[1] ?? '';
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  if (hours > 23 || minutes > 59) return null;
  // A day that does not exist (02-30) rolls over in Date.UTC: it must come back as typed.
  const at = zonedInstant(date, hours * 60 + minutes, timeZone);
  return localDate(zonedInstant(date, 12 * 60, timeZone), timeZone) === date ? at : null;
}
