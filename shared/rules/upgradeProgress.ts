import type { UpgradeItem, WorkState } from '../domain';
import { addDays, localDate, zonedInstant } from '../time/zoned';

import { workStates } from '../domain/perimeterValues';

export type StateCounts = Record<WorkState, number>;

export interface DayProgress extends StateCounts {
  /** Local date in the site's time zone, "YYYY-MM-DD". */
  date: string;
  total: number;
}

/** The fields the deduction reads: a stored item, or a hand-made one in a test. */
export type ProgressItem = Pick<
  UpgradeItem,
  'state' | 'plannedStart' | 'plannedEnd' | 'actualStart' | 'actualEnd' | 'checkedAt' | 'updatedAt'
>;

const rank = (s: WorkState) => workStates.indexOf(s);

export const emptyCounts = (): StateCounts => ({ planned: 0, 'under-way': 0, done: 0, checked: 0 });

/** How many items are in each state now, by their stored state. */
export function countByState(items: readonly Pick<UpgradeItem, 'state'>[]): StateCounts {
  const counts = emptyCounts();
  for (const it of items) counts[it.state] += 1;
  return counts;
}

const datesOf = (it: ProgressItem) =>
  [it.plannedStart, it.plannedEnd, it.actualStart, it.actualEnd, it.checkedAt].filter((d): d is number => d !== null);

/** The earliest moment the item is known to exist, or null when it carries no date at all. */
export function firstKnownDate(it: ProgressItem): number | null {
  const dates = datesOf(it);
  return dates.length === 0 ? null : Math.min(...dates, it.updatedAt);
}

/**
 * The item's state at instant `t`, deduced from its dates; null before it existed.
 * - No dates at all: its current state, always (nothing to deduce from).
 * - From its earliest known date (a plan date, or the last write if earlier) it is planned,
 *   under way from actualStart, done from actualEnd, checked from checkedAt.
 * - Dates of states beyond the current one are ignored (a move back clears them anyway),
 *   and from its last write on the item is in its stored state: so today's figure always
 *   agrees with the list, even when a date is missing.
 */
export function stateAt(it: ProgressItem, t: number): WorkState | null {
  const start = firstKnownDate(it);
  if (start === null || t >= it.updatedAt) return it.state;
  if (t < start) return null;
  const steps: [WorkState, number | null][] = [
    ['under-way', it.actualStart],
    ['done', it.actualEnd],
    ['checked', it.checkedAt],
  ];
  // In rank order, so the last state whose date has come is the one it is in.
  let state: WorkState = 'planned';
  for (const [s, at] of steps) {
    if (at !== null && at <= t && rank(s) <= rank(it.state)) state = s;
  }
  return state;
}

/**
 * Items by state at the end of each local day from `from` to `to` (inclusive), in the
 * site's time zone: a day ends at the next local midnight, not at UTC midnight.
 */
export function upgradeProgress(
  items: readonly ProgressItem[],
  from: string,
  to: string,
  timeZone: string,
): DayProgress[] {
  const out: DayProgress[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const end = zonedInstant(addDays(date, 1), 0, timeZone) - 1;
    const counts = emptyCounts();
    let total = 0;
    for (const it of items) {
      const s = stateAt(it, end);
      if (s === null) continue;
      counts[s] += 1;
      total += 1;
    }
    out.push({ date, ...counts, total });
  }
  return out;
}

/** The longest range the chart draws: a year of operation and a little more. */
export const MAX_PROGRESS_DAYS = 400;

/**
 * The days to chart: from the closure's start (or the first item's date, when earlier or
 * there is no closure) to today, at most MAX_PROGRESS_DAYS, the most recent kept.
 */
export function progressRange(
  items: readonly ProgressItem[],
  closureStartedAt: number | null,
  now: number,
  timeZone: string,
): { from: string; to: string } {
  const to = localDate(now, timeZone);
  const starts = items.map(firstKnownDate).filter((d): d is number => d !== null && d <= now);
  if (closureStartedAt !== null && closureStartedAt <= now) starts.push(closureStartedAt);
  let from = starts.length > 0 ? localDate(Math.min(...starts), timeZone) : to;
  const earliest = addDays(to, -(MAX_PROGRESS_DAYS - 1));
  if (from < earliest) from = earliest;
  return { from, to };
}
