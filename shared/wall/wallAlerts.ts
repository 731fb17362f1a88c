import type { EntranceState } from '../domain/entranceValues';
import type { ObservationCategory } from '../domain/patrols';
import type { RoundStatus } from '../rules/patrolStatus';
import type { WallPicture, WallTrip } from './wallPicture';

/** One thing on the wall that needs someone now. `key` is stable while the alert stands. */
export type WallAlert =
  | { kind: 'incident'; key: string; at: number; category: ObservationCategory }
  | { kind: 'entrance'; key: string; number: number; name: string; state: EntranceState; planned: EntranceState }
  | {
      kind: 'round';
      key: string;
      status: Extract<RoundStatus, 'late' | 'missed' | 'overdue' | 'incomplete'>;
      routeName: string;
      dueAt: number;
      lateMinutes: number;
      unreached: number;
    }
  | { kind: 'post'; key: string; name: string; filled: number; minimum: number }
  | { kind: 'trip'; key: string; at: number; subjectKind: WallTrip['subjectKind']; entranceName: string };

/**
 * The kinds of alert, most urgent first: an incident under way; an entrance not in its
 * planned state (the perimeter is open where it should not be); a round missed; a post
 * with nobody on it; a round late, out too long or ended short; a post below its minimum;
 * someone out through the passage and not back yet.
 */
export const alertGroups = ['incident', 'entrance', 'missed', 'unstaffed', 'late', 'short', 'trip'] as const;
export type AlertGroup = (typeof alertGroups)[number];

export function groupOf(a: WallAlert): AlertGroup {
  switch (a.kind) {
    case 'incident':
    case 'entrance':
    case 'trip':
      return a.kind;
    case 'round':
      return a.status === 'missed' ? 'missed' : 'late';
    case 'post':
      return a.filled === 0 ? 'unstaffed' : 'short';
  }
}

const rank = (a: WallAlert): number => alertGroups.indexOf(groupOf(a));

/** Within a kind, the oldest first (it has waited longest); entrances and posts in their order on the site. */
const since = (a: WallAlert): number => {
  switch (a.kind) {
    case 'incident':
    case 'trip':
      return a.at;
    case 'round':
      return a.dueAt;
    case 'entrance':
      return a.number;
    case 'post':
      return 0;
  }
};

type Pieces = Pick<WallPicture, 'incidents' | 'entrances' | 'rounds' | 'posts' | 'trips'>;

/** Every alert the wall shows, most urgent first. */
export function wallAlerts(p: Pieces): WallAlert[] {
  const alerts: WallAlert[] = [];
  for (const i of p.incidents)
    alerts.push({ kind: 'incident', key: `incident:${i.id}`, at: i.openedAt, category: i.category });
  for (const e of p.entrances) {
    if (e.offPlan === null) continue;
    alerts.push({
      kind: 'entrance',
      key: `entrance:${e.id}`,
      number: e.number,
      name: e.name,
      state: e.state,
      planned: e.offPlan,
    });
  }
  for (const r of p.rounds.flagged) {
    if (r.status !== 'late' && r.status !== 'missed' && r.status !== 'overdue' && r.status !== 'incomplete') continue;
    alerts.push({
      kind: 'round',
      key: `round:${r.id}`,
      status: r.status,
      routeName: r.routeName,
      dueAt: r.dueAt,
      lateMinutes: r.lateMinutes,
      unreached: r.checkpoints.filter((c) => !c.reached).length,
    });
  }
  for (const post of p.posts) {
    if (post.level === 'staffed') continue;
    alerts.push({ kind: 'post', key: `post:${post.id}`, name: post.name, filled: post.filled, minimum: post.minimum });
  }
  for (const t of p.trips) {
    alerts.push({
      kind: 'trip',
      key: `trip:${t.id}`,
      at: t.at,
      subjectKind: t.subjectKind,
      entranceName: t.entranceName,
    });
  }
  // A stable sort: posts keep their order on the site within their rank.
  return alerts.sort((a, b) => rank(a) - rank(b) || since(a) - since(b));
}

/** A line of the wall's alert list: one alert, or every alert of a kind together. */
export interface AlertLine {
  key: string;
  group: AlertGroup;
  alerts: WallAlert[];
}

/**
 * The alerts as the wall lists them: one a line while there are `maxLines` or fewer;
 * past that, each kind on one line with every alert of it named, so however many there
 * are, every one is in view and the most urgent kind still comes first.
 */
export function alertLines(alerts: readonly WallAlert[], maxLines = 8): AlertLine[] {
  if (alerts.length <= maxLines) return alerts.map((a) => ({ key: a.key, group: groupOf(a), alerts: [a] }));
  const lines: AlertLine[] = [];
  for (const a of alerts) {
    const group = groupOf(a);
    const last = lines.at(-1);
    if (last?.group === group) last.alerts.push(a);
    else lines.push({ key: `group:${group}`, group, alerts: [a] });
  }
  return lines;
}
