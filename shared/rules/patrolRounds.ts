import type { CheckpointVisit, Patrol, PatrolRoute, PatrolRules } from '../domain';
import { flaggedStatuses, roundState, type RoundState } from './patrolStatus';
import { nextDueAfter, roundsDue } from './patrolTimetable';

export interface Round {
  route: PatrolRoute;
  dueAt: number;
  /** When the route's next round falls due by its timetable: a round not started by then is missed. */
  nextDueAt: number | null;
  /** The round as recorded; null until it is started. */
  patrol: Patrol | null;
  visits: CheckpointVisit[];
  state: RoundState;
}

export interface RoundsInput {
  routes: readonly PatrolRoute[];
  /** Rounds recorded with a due time in [from, to). */
  patrols: readonly Patrol[];
  /** The visits of those rounds. */
  visits: readonly CheckpointVisit[];
  from: number;
  to: number;
  now: number;
  rules: PatrolRules;
  timeZone: string;
}

/**
 * Every round due in [from, to): those the active routes' timetables ask for and those
 * recorded (a round recorded stays, whatever its route's timetable says now), each with
 * where it stands at `now`. In due order; for one due time, by route name.
 */
export function roundsBetween(input: RoundsInput): Round[] {
  const { routes, from, to, now, rules, timeZone } = input;
  const visitsOf = new Map<string, CheckpointVisit[]>();
  for (const v of input.visits) {
    const list = visitsOf.get(v.patrolId);
    if (list) list.push(v);
    else visitsOf.set(v.patrolId, [v]);
  }
  const recorded = new Map<string, Patrol>();
  for (const p of input.patrols) recorded.set(`${p.routeId}@${p.dueAt}`, p);
  const out: Round[] = [];
  for (const route of routes) {
    const timetable = route.active ? roundsDue(route, from, to, timeZone) : [];
    const last = timetable.at(-1);
    const after = last === undefined ? null : nextDueAfter(route, last, timeZone);
    const due = new Set(timetable);
    for (const p of input.patrols) if (p.routeId === route.id) due.add(p.dueAt);
    let next = 0;
    for (const dueAt of [...due].sort((a, b) => a - b)) {
      const patrol = recorded.get(`${route.id}@${dueAt}`) ?? null;
      const visits = (patrol && visitsOf.get(patrol.id)) ?? [];
      // Missed means the timetable's next round fell due: a round recorded off the timetable is no such round.
      while (next < timetable.length && (timetable[next] ?? Infinity) <= dueAt) next++;
      const nextDueAt = route.active ? (timetable[next] ?? after ?? nextDueAfter(route, dueAt, timeZone)) : null;
      const state = roundState(
        { dueAt, nextDueAt, expectedMinutes: route.expectedMinutes, patrol, visits },
        rules,
        now,
      );
      out.push({ route, dueAt, nextDueAt, patrol, visits, state });
    }
  }
  return out.sort((a, b) => a.dueAt - b.dueAt || a.route.name.localeCompare(b.route.name));
}

/** The rounds the post is warned about. */
export const flaggedRounds = (rounds: readonly Round[]): Round[] =>
  rounds.filter((r) => flaggedStatuses.has(r.state.status));
