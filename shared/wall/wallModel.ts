import type { Entrance, EntranceLogEntry, Incident, Person, Shift, Site } from '../domain';
import type { Checkpoint, PatrolRoute } from '../domain/patrols';
import { closureDay } from '../rules/closureDay';
import { isOpenTrip } from '../rules/crossingTrips';
import { offPlanState } from '../rules/entrancePlan';
import type { Round } from '../rules/patrolRounds';
import { flaggedStatuses } from '../rules/patrolStatus';
import type { PostStaffing } from '../rules/staffing';
import { localParts } from '../time/zoned';
import type {
  WallCrossingHour,
  WallEntrance,
  WallIncident,
  WallPost,
  WallRound,
  WallRoute,
  WallRounds,
  WallShift,
  WallSite,
  WallTrip,
} from './wallPicture';

/*
 * From the store's rows to the wall's model. Every field is named here, one by one: a
 * spread would carry a row's private fields (a person's phone, an entrance's note) into
 * the model unseen by the type check, which reads only the declared shape.
 */

export function wallSite(site: Site, now: number): WallSite {
  return { name: site.name, timeZone: site.timeZone, closureDay: closureDay(site, now) };
}

export function wallShift(
  current: Shift | null,
  leader: Pick<Person, 'name'> | null,
  next: Shift | null,
): WallShift | null {
  if (!current) return null;
  return {
    id: current.id,
    name: current.name,
    startsAt: current.startsAt,
    endsAt: current.endsAt,
    leaderName: leader?.name ?? null,
    next: next ? { name: next.name, startsAt: next.startsAt } : null,
  };
}

export function wallEntrances(entrances: readonly Entrance[]): WallEntrance[] {
  return [...entrances]
    .sort((a, b) => a.number - b.number)
    .map((e) => ({
      id: e.id,
      number: e.number,
      name: e.name,
      kind: e.kind,
      state: e.state,
      position: { x: e.position.x, y: e.position.y },
      offPlan: offPlanState(e.kind, e.state),
    }));
}

export function wallPosts(staffing: readonly PostStaffing[]): WallPost[] {
  return staffing.map(({ post, people, level }) => ({
    id: post.id,
    name: post.name,
    position: { x: post.position.x, y: post.position.y },
    minimum: post.minStaff,
    filled: people.length,
    level,
    people: people.map((p) => ({ name: p.person.name, present: p.checkedIn })),
  }));
}

export function wallRoutes(routes: readonly { route: PatrolRoute; checkpoints: readonly Checkpoint[] }[]): WallRoute[] {
  return routes
    .filter((r) => r.route.active)
    .map(({ route, checkpoints }) => ({
      id: route.id,
      name: route.name,
      checkpoints: checkpoints
        .filter((c) => c.active)
        .sort((a, b) => a.order - b.order)
        .map((c) => ({ id: c.id, name: c.name, position: { x: c.position.x, y: c.position.y } })),
    }));
}

export function wallRound(round: Round): WallRound {
  const reached = new Set(round.visits.filter((v) => v.status === 'reached').map((v) => v.checkpointId));
  return {
    id: `${round.route.id}@${round.dueAt}`,
    routeId: round.route.id,
    routeName: round.patrol?.routeName ?? round.route.name,
    dueAt: round.dueAt,
    status: round.state.status,
    lateMinutes: round.state.lateMinutes,
    startedAt: round.patrol?.startedAt ?? null,
    checkpoints: (round.patrol?.checkpoints ?? []).map((c) => ({ id: c.id, name: c.name, reached: reached.has(c.id) })),
  };
}

/**
 * The rounds the wall shows, from `rounds` (every round due since the earlier of the
 * shift's start and the day's): the one out now, those flagged since the shift began,
 * and the count of the rounds due today up to now.
 */
export function wallRounds(
  routes: WallRoute[],
  rounds: readonly Round[],
  since: { shiftStart: number; dayStart: number },
  now: number,
): WallRounds {
  const due = rounds.filter((r) => r.dueAt <= now);
  const today = due.filter((r) => r.dueAt >= since.dayStart);
  const out = due.filter((r) => r.state.status === 'under-way' || r.state.status === 'overdue');
  const latest = out.at(-1);
  return {
    routes,
    underWay: latest ? wallRound(latest) : null,
    flagged: due.filter((r) => r.dueAt >= since.shiftStart && flaggedStatuses.has(r.state.status)).map(wallRound),
    today: {
      due: today.length,
      onTime: today.filter((r) => r.patrol?.startedAt != null && !r.state.startedLate).length,
      late: today.filter((r) => r.patrol?.startedAt != null && r.state.startedLate).length,
      missed: today.filter((r) => r.state.status === 'missed').length,
    },
  };
}

export function wallIncidents(incidents: readonly Incident[]): WallIncident[] {
  return incidents
    .filter((i) => i.state === 'open')
    .sort((a, b) => a.openedAt - b.openedAt)
    .map((i) => ({ id: i.id, openedAt: i.openedAt, category: i.category }));
}

/** Trips out not back, through the site's main passage(s) only. */
export function wallTrips(
  crossings: readonly EntranceLogEntry[],
  entrances: readonly Entrance[],
  now: number,
): WallTrip[] {
  const passages = new Map(entrances.filter((e) => e.kind === 'passage').map((e) => [e.id, e.name]));
  return crossings
    .filter((c) => passages.has(c.entranceId) && isOpenTrip(c, now))
    .sort((a, b) => a.at - b.at)
    .map((c) => ({ id: c.id, at: c.at, subjectKind: c.subjectKind, entranceName: passages.get(c.entranceId) ?? '' }));
}

/** Crossings of one local day by hour, in and out, up to `now`'s hour (or all 24 for a past day). */
export function wallCrossings(
  crossings: readonly Pick<EntranceLogEntry, 'at' | 'direction'>[],
  timeZone: string,
  lastHour: number,
): WallCrossingHour[] {
  const hours: WallCrossingHour[] = Array.from({ length: lastHour + 1 }, (_, hour) => ({ hour, in: 0, out: 0 }));
  for (const c of crossings) {
    const slot = hours[localParts(c.at, timeZone).hour];
    if (!slot) continue;
    if (c.direction === 'in') slot.in += 1;
    else slot.out += 1;
  }
  return hours;
}
