import type { Checkpoint, Entrance, EntranceState, PatrolRoute, Post, Site } from '../domain';
import { defaultPatrolRules } from '../domain/patrols';
import { defaultShiftRules } from '../domain/site';
import type { BuildContext } from './context';
import {
  metresPerUnit,
  planCheckpoints,
  planEntrances,
  planHeight,
  planPosts,
  planWidth,
  type EntranceKey,
} from './planGeometry';
import { entranceText, patrolText, postText, siteText } from './text';

/** The fixed part of the demo site: the site row, entrances, posts, the patrol route. */
export interface Layout {
  site: Site;
  entrances: Entrance[];
  posts: Post[];
  entranceByKey: Readonly<Record<EntranceKey, Entrance>>;
  postByKey: Readonly<Record<EntranceKey, Post>>;
  route: PatrolRoute;
  /** In patrol order. */
  checkpoints: Checkpoint[];
}

export const residents = 2600;

const entranceKind = (key: EntranceKey): Entrance['kind'] =>
  key === 'main' ? 'passage' : key === 'side' ? 'side-gate' : 'street-doorway';

/** Under closed management: one controlled passage, everything else sealed. */
export const closureStates: Readonly<Record<EntranceKey, EntranceState>> = {
  main: 'controlled-open',
  side: 'sealed',
  door1: 'sealed',
  door2: 'sealed',
  door3: 'sealed',
  door4: 'sealed',
};

/** Three at the main passage (check, register, escort), two everywhere else. */
export const minStaffByKey: Readonly<Record<EntranceKey, number>> = {
  main: 3,
  side: 2,
  door1: 2,
  door2: 2,
  door3: 2,
  door4: 2,
};

export const patrolIntervalMinutes = 60;
export const patrolExpectedMinutes = 25;

export function buildLayout(ctx: BuildContext): Layout {
  const { siteId, newId, t } = ctx;
  const site: Site = {
    id: siteId,
    name: t(siteText.name),
    town: t(siteText.town),
    timeZone: ctx.timeZone,
    residents,
    closureStartedAt: ctx.closureStart,
    plan: { kind: 'bundled', name: 'xiangzhangyuan', width: planWidth, height: planHeight, metresPerUnit },
    shiftRules: { ...defaultShiftRules },
    patrolRules: { ...defaultPatrolRules },
    createdAt: ctx.closureStart,
  };

  const entrances: Entrance[] = [];
  const posts: Post[] = [];
  const entranceByKey: Partial<Record<EntranceKey, Entrance>> = {};
  const postByKey: Partial<Record<EntranceKey, Post>> = {};
  planEntrances.forEach((pe, order) => {
    const entrance: Entrance = {
      id: newId(),
      siteId,
      number: pe.number,
      name: t(entranceText[pe.key].name),
      kind: entranceKind(pe.key),
      state: closureStates[pe.key],
      position: { ...pe.at },
      note: t(entranceText[pe.key].note),
    };
    const post: Post = {
      id: newId(),
      siteId,
      name: t(postText[pe.key]),
      entranceId: entrance.id,
      position: { ...planPosts[pe.key] },
      minStaff: minStaffByKey[pe.key],
      order,
    };
    entrances.push(entrance);
    posts.push(post);
    entranceByKey[pe.key] = entrance;
    postByKey[pe.key] = post;
  });

  const route: PatrolRoute = {
    id: newId(),
    siteId,
    name: t(patrolText.route),
    intervalMinutes: patrolIntervalMinutes,
    fixedTimes: [],
    expectedMinutes: patrolExpectedMinutes,
    people: 2,
    order: 'fixed',
    startsAt: ctx.closureStart,
    active: true,
  };
  const checkpoints: Checkpoint[] = planCheckpoints.map((at, i) => ({
    id: newId(),
    siteId,
    routeId: route.id,
    order: i + 1,
    name: t(patrolText.checkpoints[i] ?? patrolText.route),
    checks: t(patrolText.checks[i] ?? patrolText.route),
    position: { ...at },
    active: true,
  }));

  return {
    site,
    entrances,
    posts,
    entranceByKey: complete(entranceByKey),
    postByKey: complete(postByKey),
    route,
    checkpoints,
  };
}

function complete<T>(partial: Partial<Record<EntranceKey, T>>): Record<EntranceKey, T> {
  const { main, side, door1, door2, door3, door4 } = partial;
  if (!main || !side || !door1 || !door2 || !door3 || !door4) throw new Error('layout is missing an entrance');
  return { main, side, door1, door2, door3, door4 };
}
