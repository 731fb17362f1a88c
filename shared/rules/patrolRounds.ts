import type { CheckpointVisit, Patrol, PatrolRoute, PatrolRules } from '../domain';
import { flaggedStatuses, roundState, type RoundState } from './patrolStatus';
import { nextDueAfter, roundsDue } from './patrolTimetable';

export interface Round {
  route: PatrolRoute;
  dueAt: number;
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
    const due = new Set(route.active ? roundsDue(route, from, to, timeZone) : []);
    for (const p of input.patrols) if (p.routeId === route.id) due.add(p.dueAt);
    const sorted = [...due].sort((a, b) => a - b);
    sorted.forEach((dueAt, i) => {
      const patrol = recorded.get(`${route.id}@${dueAt}`) ?? null;
      const visits = (patrol && visitsOf.get(patrol.id)) ?? [];
      const nextDueAt = sorted[i + 1] ?? (route.active ? nextDueAfter(route, dueAt, timeZone) : null);
      const state = roundState(
        { dueAt, nextDueAt, expectedMinutes: route.expectedMinutes, patrol, visits },
        rules,
        now,
      );
      out.push({ route, dueAt, patrol, visits, state });
    });
  }
  return out.sort((a, b) => a.dueAt - b.dueAt || a.route.name.localeCompare(b.route.name));
}

/** The rounds the post is warned about. */
export const flaggedRounds = (rounds: readonly Round[]): Round[] =>
  rounds.filter((r) => flaggedStatuses.has(r.state.status));
