import type { Shift } from '../domain';
import { localParts } from '../time/zoned';
import type { Round } from './patrolRounds';

/** How one group of rounds (a route, a shift, the whole period) kept time. */
export interface PunctualityCounts {
  /** Rounds that can be judged: due and past their start grace (upcoming and just-due ones wait). */
  rounds: number;
  /** Started within the start grace. */
  onTime: number;
  /** Ended with every asked checkpoint reached. */
  completed: number;
  /** Every asked checkpoint reached, ended yet or not (a round still out counts once it has). */
  allReached: number;
  /** Out longer than expected plus grace, ended or not. */
  overran: number;
  /** Never started before the next round fell due. */
  missed: number;
}

export interface PunctualityGroup extends PunctualityCounts {
  /** Route id or shift id; null for the rounds outside any shift. */
  id: string | null;
  /** The route's or the shift's name as made; null for the rounds outside any shift. */
  name: string | null;
  /** Where the group starts: a shift's start; for a route, its first round's due time. */
  startsAt: number;
}

export interface Punctuality {
  total: PunctualityCounts;
  byRoute: PunctualityGroup[];
  /** Shifts in start order; the rounds outside any shift last, when there are any. */
  byShift: PunctualityGroup[];
}

type ShiftSpan = Pick<Shift, 'id' | 'name' | 'startsAt' | 'endsAt'>;

const zero = (): PunctualityCounts => ({ rounds: 0, onTime: 0, completed: 0, allReached: 0, overran: 0, missed: 0 });

/** Whether a round can be judged yet: one not due, or due within its start grace, cannot. */
export const judged = (r: Round): boolean => r.state.status !== 'upcoming' && r.state.status !== 'due';

/** Started within the start grace (a round started late stays late, whatever it is now). */
export const startedOnTime = (r: Round): boolean => r.patrol?.startedAt != null && !r.state.startedLate;

function add(c: PunctualityCounts, r: Round): void {
  c.rounds++;
  if (startedOnTime(r)) c.onTime++;
  if (r.state.status === 'done') c.completed++;
  if (r.patrol !== null && r.state.unreached === 0) c.allReached++;
  if (r.state.overran) c.overran++;
  if (r.state.status === 'missed') c.missed++;
}

/** The shift a due time falls in (start included, end not); the latest-starting one when shifts overlap. */
function shiftOf(sorted: readonly ShiftSpan[], dueAt: number): ShiftSpan | null {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.startsAt ?? Infinity) <= dueAt) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) {
    const s = sorted[i];
    if (s && dueAt < s.endsAt) return s;
  }
  return null;
}

/** Punctuality of a period's rounds, per route and per shift (the shift a round fell due in). */
export function punctuality(rounds: readonly Round[], shifts: readonly ShiftSpan[]): Punctuality {
  const sorted = [...shifts].sort((a, b) => a.startsAt - b.startsAt);
  const total = zero();
  const routes = new Map<string, PunctualityGroup>();
  const byShift = new Map<string | null, PunctualityGroup>();
  for (const r of rounds) {
    if (!judged(r)) continue;
    add(total, r);
    let route = routes.get(r.route.id);
    if (!route) {
      route = { id: r.route.id, name: r.patrol?.routeName ?? r.route.name, startsAt: r.dueAt, ...zero() };
      routes.set(r.route.id, route);
    }
    add(route, r);
    const shift = shiftOf(sorted, r.dueAt);
    const key = shift?.id ?? null;
    let group = byShift.get(key);
    if (!group) {
      group = shift
        ? { id: shift.id, name: shift.name, startsAt: shift.startsAt, ...zero() }
        : { id: null, name: null, startsAt: Infinity, ...zero() };
      byShift.set(key, group);
    }
    add(group, r);
  }
  return {
    total,
    byRoute: [...routes.values()].sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '')),
    byShift: [...byShift.values()].sort((a, b) => a.startsAt - b.startsAt),
  };
}

/** One hour of the day (site time zone) and the rounds due in it. */
export interface HourCounts {
  hour: number;
  due: number;
  onTime: number;
  /** Started late or missed. */
  lateOrMissed: number;
}

/** Rounds due per hour of the day, 0–23 in the site's zone, for the period's judged rounds. */
export function punctualityByHour(rounds: readonly Round[], timeZone: string): HourCounts[] {
  const hours: HourCounts[] = Array.from({ length: 24 }, (_, hour) => ({ hour, due: 0, onTime: 0, lateOrMissed: 0 }));
  for (const r of rounds) {
    if (!judged(r)) continue;
    const h = hours[localParts(r.dueAt, timeZone).hour];
    if (!h) continue;
    h.due++;
    if (startedOnTime(r)) h.onTime++;
    else if (r.state.startedLate || r.state.status === 'missed' || r.state.status === 'late') h.lateOrMissed++;
  }
  return hours;
}

/** A share as a whole percent; null when there is nothing to share. */
export const percent = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 100);
