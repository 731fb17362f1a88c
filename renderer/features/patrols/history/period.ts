import { addDays, zonedInstant } from '../../../../shared/time/zoned';

export type PeriodKind = 'day' | 'week' | 'month';
export const periodKinds: readonly PeriodKind[] = ['day', 'week', 'month'];

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

/** A date in the period before or after (`step` -1 or 1). */
export function stepPeriod(kind: PeriodKind, date: string, step: number): string {
  if (kind === 'day') return addDays(date, step);
  if (kind === 'week') return addDays(date, 7 * step);
  const month = step > 0 ? addDays(`${date.slice(0, 7)}-01`, 40) : addDays(`${date.slice(0, 7)}-01`, -1);
  return `${month.slice(0, 7)}-01`;
}
