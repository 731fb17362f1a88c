import { localDate, zonedInstant } from '../../../shared/time/zoned';

/**
 * A time as the operator types it on the site's clock: empty for now (null), "HH:mm" for
 * today, or "YYYY-MM-DD HH:mm". Anything else is undefined: the form says how to type it.
 * A time still to come is handed on as typed; the command refuses it with its message.
 */
export function parseTypedTime(typed: string, now: number, timeZone: string): number | null | undefined {
  const s = typed.trim();
  if (s === '') return null;
  const m = /^(?:(\d{4}-\d{2}-\d{2})[ T])?(\d{1,2}):(\d{2})$/.exec(s);
  if (!m) return undefined;
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  if (hour > 23 || minute > 59) return undefined;
  const date = m[1] ?? localDate(now, timeZone);
  const [, mo, d] = date.split('-').map(Number);
  if (mo === undefined || d === undefined || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return zonedInstant(date, hour * 60 + minute, timeZone);
}
