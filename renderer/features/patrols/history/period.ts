import { addDays, zonedInstant } from '../../../../shared/time/zoned';

export type PeriodKind = 'day' | 'week' | 'month' | 'range';
export const periodKinds: readonly PeriodKind[] = ['day', 'week', 'month', 'range'];

/** The longest from–to period: a quarter, so one reading stays within what a month's list handles a few times over. */
export const MAX_RANGE_DAYS = 92;

export interface Period {
  /** First local day of the period. */
  first: string;
  /** Last local day of the period (included). */
  last: string;
  from: number;
  to: number;
}

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/**
 * The period holding a local date in the site's zone: the day; the week from Monday;
 * the calendar month. [from, to) runs from local midnight to local midnight.
 */
export function periodOf(kind: PeriodKind, date: string, timeZone: string): Period {
  let first = date;
  let next = addDays(date, 1);
  // A from–to period is made by rangeOf; asked here, it is the one day it starts on.
  if (kind === 'week') {
    first = addDays(date, -((weekday(date) + 6) % 7));
    next = addDays(first, 7);
  } else if (kind === 'month') {
    first = `${date.slice(0, 7)}-01`;
    next = addDays(first, 40).slice(0, 7) + '-01';
  }
  return {
    first,
    last: addDays(next, -1),
    from: zonedInstant(first, 0, timeZone),
    to: zonedInstant(next, 0, timeZone),
  };
}

const dayNumber = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;

/**
 * A from–to period of local days, both included, in whichever order they were entered;
 * `capped` when it was longer than MAX_RANGE_DAYS and ends that many days after its first.
 */
export function rangeOf(a: string, b: string, timeZone: string): Period & { capped: boolean } {
  const first = a <= b ? a : b;
  let last = a <= b ? b : a;
  const capped = dayNumber(last) - dayNumber(first) + 1 > MAX_RANGE_DAYS;
  if (capped) last = addDays(first, MAX_RANGE_DAYS - 1);
  return {
    first,
    last,
    from: zonedInstant(first, 0, timeZone),
    to: zonedInstant(addDays(last, 1), 0, timeZone),
    capped,
  };
}

/** The number of local days from `first` to `last`, both included. */
export const daysIn = (first: string, last: string): number => dayNumber(last) - dayNumber(first) + 1;

/** A date in the period before or after (`step` -1 or 1). */
export function stepPeriod(kind: PeriodKind, date: string, step: number): string {
  if (kind === 'day' || kind === 'range') return addDays(date, step);
  if (kind === 'week') return addDays(date, 7 * step);
  const month = step > 0 ? addDays(`${date.slice(0, 7)}-01`, 40) : addDays(`${date.slice(0, 7)}-01`, -1);
  return `${month.slice(0, 7)}-01`;
}
