import type { PatrolRoute } from '../domain';
import { addDays, localDate, zonedInstant } from '../time/zoned';

const MINUTES_PER_DAY = 24 * 60;

export type Timetable = Pick<PatrolRoute, 'intervalMinutes' | 'fixedTimes' | 'startsAt'>;

/** "HH:mm" as minutes after local midnight. */
export const minutesOfTime = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * The local times of day (minutes after midnight) a route's rounds are due: its fixed
 * times, or every `intervalMinutes` counted from midnight. Counting from each midnight
 * keeps a 60-minute route on the hour, and a 90-minute one's last round of a day at
 * 22:30 with the next at 00:00.
 */
export function dailyMinutes(timetable: Pick<PatrolRoute, 'intervalMinutes' | 'fixedTimes'>): number[] {
  if (timetable.fixedTimes.length > 0) {
    return [...new Set(timetable.fixedTimes.map(minutesOfTime))].sort((a, b) => a - b);
  }
  const step = Math.max(5, timetable.intervalMinutes);
  const out: number[] = [];
  for (let m = 0; m < MINUTES_PER_DAY; m += step) out.push(m);
  return out;
}

/**
 * When a route's rounds fall due in [from, to), in order, on the site's clock (its time
 * zone, not the laptop's). None before the route's `startsAt`.
 */
export function roundsDue(timetable: Timetable, from: number, to: number, timeZone: string): number[] {
  const start = Math.max(from, timetable.startsAt);
  if (start >= to) return [];
  const minutes = dailyMinutes(timetable);
  const out: number[] = [];
  // A day before and after: the zone's offset may put `from`'s local date a day either side.
  const last = addDays(localDate(to, timeZone), 1);
  for (let date = addDays(localDate(start, timeZone), -1); date <= last; date = addDays(date, 1)) {
    for (const m of minutes) {
      const at = zonedInstant(date, m, timeZone);
      if (at >= start && at < to) out.push(at);
    }
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

/** The first round due after `dueAt`, looking up to two days ahead; null for none. */
export function nextDueAfter(timetable: Timetable, dueAt: number, timeZone: string): number | null {
  const [next] = roundsDue(timetable, dueAt + 1, dueAt + 2 * MINUTES_PER_DAY * 60_000, timeZone);
  return next ?? null;
}
