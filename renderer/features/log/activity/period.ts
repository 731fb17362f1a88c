import { addDays, localDate, zonedInstant } from '../../../../shared/time/zoned';

/** What the list shows: one day of the site's clock (or one shift of it), or the last year whole. */
export interface LogPeriod {
  from: number;
  to: number;
}

const DAY = 86_400_000;

/** The instants a local day spans on the site's clock, midnight to midnight. */
export function dayPeriod(date: string, timeZone: string): LogPeriod {
  return { from: zonedInstant(date, 0, timeZone), to: zonedInstant(addDays(date, 1), 0, timeZone) };
}

/** Everything up to now, back a year and a day: the widest the log offers, as the bench scrolls it. */
export function yearPeriod(now: number): LogPeriod {
  return { from: now - 366 * DAY, to: Number.MAX_SAFE_INTEGER };
}

export const today = (now: number, timeZone: string): string => localDate(now, timeZone);
