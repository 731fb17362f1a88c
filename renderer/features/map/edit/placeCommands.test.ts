import { describe, expect, it } from 'vitest';
import type {
  Assignment,
  Checkpoint,
  CheckpointVisit,
  Entrance,
  EntranceLogEntry,
  PatrolRoute,
  Post,
} from '../../../../shared/domain';
import type { CommandContext } from '../../../db/commandContext';
import { NoOperatorError, NotFoundError, ValidationError } from '../../../db/errors';
import { makeTestDb } from '../../../db/testing/makeTestDb';
import { tableRows, testContext, type TestContext } from '../../../db/testing/commandTesting';
import { mapEditCommands } from './commands';
import { EntranceNumberTakenError, PlacedInUseError } from './placeCommands';

const { placeCheckpoint, placeEntrance, placePost, unplace } = mapEditCommands;

const T0 = Date.UTC(2022, 3, 2, 2, 0);

const gate: Entrance = {
  id: 'e1',
  siteId: 's1',
  number: 1,
  name: '北大门',
  kind: 'gate',
  state: 'controlled-open',
  position: { x: 120, y: 40 },
  note: '',
};
const doorway: Entrance = {
  id: 'e2',
  siteId: 's1',
  number: 2,
  name: '沿街门洞',
  kind: 'street-doorway',
  state: 'sealed',
  position: { x: 600, y: 20 },
  note: '',
};
const otherSiteGate: Entrance = { ...gate, id: 'e9', siteId: 's2', number: 7 };
const northPost: Post = {
  id: 'p1',
  siteId: 's1',
  name: '北门岗',
  entranceId: 'e1',
  position: { x: 130, y: 55 },
  minStaff: 2,
  order: 0,
};
const eastPost: Post = {
  id: 'p2',
  siteId: 's1',
  name: '东侧流动岗',
  entranceId: null,
  position: { x: 900, y: 300 },
  minStaff: 1,
  order: 3,
};
const otherSitePost: Post = { ...eastPost, id: 'p9', siteId: 's2', order: 7 };
const cp = (id: string, routeId: string, order: number): Checkpoint => ({
  id,
  siteId: 's1',
  routeId,
  order,
  name: `巡逻点${order}`,
  checks: '',
  position: { x: order * 10, y: 5 },
  active: true,
});
const checkpoints = [cp('c1', 'r1', 1), cp('c2', 'r1', 2), cp('c5', 'r1', 5), cp('c9', 'r2', 9)];
const route = (id: string, siteId: string): PatrolRoute => ({
  id,
  siteId,
  name: `外围巡逻${id}`,
  intervalMinutes: 60,
  fixedTimes: [],
  expectedMinutes: 25,
  people: 2,
  order: 'fixed',
  startsAt: 0,
  active: true,
});
const routes = [route('r1', 's1'), route('r2', 's1'), route('r3', 's1'), route('r8', 's2')];

type Ctx = TestContext;

async function setup(signedIn = true): Promise<Ctx> {
  const db = makeTestDb({ name: `places-${crypto.randomUUID()}` });
  await db.open();
  await db.entrances.bulkAdd([gate, doorway, otherSiteGate]);
  await db.posts.bulkAdd([northPost, eastPost, otherSitePost]);
  await db.checkpoints.bulkAdd(checkpoints);
  await db.patrolRoutes.bulkAdd(routes);
  return testContext(db, T0, signedIn);
}

const snapshot = (ctx: CommandContext) =>
  tableRows(ctx.db, ['entrances', 'posts', 'checkpoints', 'entranceLog', 'assignments', 'checkpointVisits', 'audit']);

const auditOf = (ctx: CommandContext, table: string, id: string) =>
  ctx.db.audit.where('[table+entityId]').equals([table, id]).toArray();

const newEntrance = {
  siteId: 's1',
  number: 3,
  name: '  西侧小门 ',
  kind: 'side-gate',
  state: 'closed',
  position: { x: 10, y: 350 },
} as const;
const newPost = { siteId: 's1', name: ' 西门岗 ', entranceId: 'e2', minStaff: 2, position: { x: 15, y: 340 } };

const crossing = (id: string, entranceId: string, at: number): EntranceLogEntry => ({
  id,
  siteId: 's1',
  entranceId,
  at,
  direction: 'out',
  subjectKind: 'ambulance',
  subject: '120急救车',
  reason: '送透析病人',
  authorisedBy: '王主任',
  pairId: null,
});
const assignment = (id: string, postId: string): Assignment => ({
  id,
  siteId: 's1',
  shiftId: 'sh1',
  postId,
  personId: 'pe1',
  checkedInAt: null,
  checkedOutAt: null,
  replacesId: null,
});
const visit = (id: string, checkpointId: string): CheckpointVisit => ({
  id,
  siteId: 's1',
  patrolId: 'pa1',
  checkpointId,
  at: T0 - 60_000,
  status: 'reached',
  observation: 'all-clear',
  category: null,
  note: '',
});

describe('placing an entrance', () => {
  it('stores it with a trimmed name and an empty note, audited as created', async () => {
    const ctx = await setup();
    const placed = await placeEntrance(ctx, newEntrance);
    expect(placed).toEqual({
      id: placed.id,
      siteId: 's1',
      number: 3,
      name: '西侧小门',
      kind: 'side-gate',
      state: 'closed',
      position: { x: 10, y: 350 },
      note: '',
    });
    expect(placed.id).not.toBe('');
    expect(await ctx.db.entrances.get(placed.id)).toEqual(placed);
    expect(await ctx.db.entrances.count()).toBe(4);
    expect(await auditOf(ctx, 'entrances', placed.id)).toMatchObject([
      { action: 'create', operator: '陈静', siteId: 's1', at: T0, before: null, after: placed },
    ]);
  });

  it('refuses a number another entrance of the site has, leaving every table as it was', async () => {
    const ctx = await setup();
    const start = await snapshot(ctx);
    const refused = placeEntrance(ctx, { ...newEntrance, number: 2 });
    await expect(refused).rejects.toBeInstanceOf(EntranceNumberTakenError);
    await expect(refused).rejects.toMatchObject({
      name: 'EntranceNumberTakenError',
      message: 'entrance number 2 is taken',
      messageKey: 'mapEdit.numberTaken',
      params: { number: 2 },
      number: 2,
    });
    expect(await snapshot(ctx)).toEqual(start);
  });

  it('allows a number that only another site has taken', async () => {
    const ctx = await setup();
    const placed = await placeEntrance(ctx, { ...newEntrance, number: 7 });
    expect(await ctx.db.entrances.where('[siteId+number]').equals(['s1', 7]).primaryKeys()).toEqual([placed.id]);
    expect(await ctx.db.entrances.get('e9')).toEqual(otherSiteGate);
  });

  it('refuses an empty name, a position that is not a number and a number that is not a positive whole one, leaving every table as it was', async () => {
    const ctx = await setup();
    const start = await snapshot(ctx);
    await expect(placeEntrance(ctx, { ...newEntrance, name: '   ' })).rejects.toBeInstanceOf(ValidationError);
    await expect(placeEntrance(ctx, { ...newEntrance, position: { x: Number.NaN, y: 1 } })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(
      placeEntrance(ctx, { ...newEntrance, position: { x: 1, y: Number.NEGATIVE_INFINITY } }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(placeEntrance(ctx, { ...newEntrance, number: 0 })).rejects.toBeInstanceOf(ValidationError);
    await expect(placeEntrance(ctx, { ...newEntrance, number: 2.5 })).rejects.toBeInstanceOf(ValidationError);
    expect(await snapshot(ctx)).toEqual(start);
  });

  it('refuses a number that is not a number as invalid input, leaving every table as it was', async () => {
    const ctx = await setup();
    const start = await snapshot(ctx);
    await expect(placeEntrance(ctx, { ...newEntrance, number: Number.NaN })).rejects.toBeInstanceOf(ValidationError);
    expect(await snapshot(ctx)).toEqual(start);
  });

  it('refuses when nobody is on duty, leaving every table as it was', async () => {
    const ctx = await setup(false);
    const start = await snapshot(ctx);
    await expect(placeEntrance(ctx, newEntrance)).rejects.toBeInstanceOf(NoOperatorError);
    expect(await snapshot(ctx)).toEqual(start);
  });
});

describe('placing a post', () => {
  it('puts it after the last post of its site, audited as created', async () => {
    const ctx = await setup();
    const placed = await placePost(ctx, newPost);
    // s1's posts are ordered 0 and 3; s2's post at 7 is not counted.
    expect(placed).toEqual({
      id: placed.id,
      siteId: 's1',
      name: '西门岗',
      entranceId: 'e2',
      minStaff: 2,
      position: { x: 15, y: 340 },
      order: 4,
    });
    expect(await ctx.db.posts.get(placed.id)).toEqual(placed);
    expect(await auditOf(ctx, 'posts', placed.id)).toMatchObject([
      { action: 'create', operator: '陈静', siteId: 's1', before: null, after: placed },
    ]);
    const next = await placePost(ctx, { ...newPost, name: '南门岗' });
    expect(next.order).toBe(5);
  });

  it('makes the first post of a site the first in order', async () => {
    const ctx = await setup();
    const placed = await placePost(ctx, { ...newPost, siteId: 's3', entranceId: null });
    expect(placed.order).toBe(0);
    expect((await ctx.db.posts.get(placed.id))?.order).toBe(0);
  });

  it('refuses an empty name, a bad staff count or a position that is not a number, leaving every table as it was', async () => {
    const ctx = await setup();
    const start = await snapshot(ctx);
    await expect(placePost(ctx, { ...newPost, name: ' ' })).rejects.toBeInstanceOf(ValidationError);
    await expect(placePost(ctx, { ...newPost, minStaff: -1 })).rejects.toBeInstanceOf(ValidationError);
    await expect(placePost(ctx, { ...newPost, position: { x: 3, y: Number.NaN } })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await snapshot(ctx)).toEqual(start);
  });

  it('refuses an entrance of another site or one that is gone, leaving every table as it was', async () => {
    const ctx = await setup();
    const before = await snapshot(ctx);
    await expect(placePost(ctx, { ...newPost, entranceId: 'e9' })).rejects.toMatchObject({
      table: 'entrances',
      id: 'e9',
    });
    await expect(placePost(ctx, { ...newPost, entranceId: 'gone' })).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot(ctx)).toEqual(before);
  });

  it('refuses when nobody is on duty, leaving every table as it was', async () => {
    const ctx = await setup(false);
    const start = await snapshot(ctx);
    await expect(placePost(ctx, newPost)).rejects.toBeInstanceOf(NoOperatorError);
    expect(await snapshot(ctx)).toEqual(start);
  });
});

describe('placing a checkpoint', () => {
  const newCheckpoint = { siteId: 's1', routeId: 'r1', name: ' 垃圾站 ', position: { x: 44, y: 66 } };

  it("puts it at the end of its route's round, audited as created", async () => {
    const ctx = await setup();
    const placed = await placeCheckpoint(ctx, newCheckpoint);
    // r1 runs 1, 2, 5; r2's 9 is another round.
    expect(placed).toEqual({
      id: placed.id,
      siteId: 's1',
      routeId: 'r1',
      name: '垃圾站',
      checks: '',
      position: { x: 44, y: 66 },
      order: 6,
      active: true,
    });
    expect(await ctx.db.checkpoints.get(placed.id)).toEqual(placed);
    expect(await auditOf(ctx, 'checkpoints', placed.id)).toMatchObject([
      { action: 'create', operator: '陈静', siteId: 's1', before: null, after: placed },
    ]);
  });

  it('makes the first checkpoint of a route number 1', async () => {
    const ctx = await setup();
    const placed = await placeCheckpoint(ctx, { ...newCheckpoint, routeId: 'r3' });
    expect(placed.order).toBe(1);
  });

  it('refuses a route of another site or one that is gone, leaving every table as it was', async () => {
    const ctx = await setup();
    const before = await snapshot(ctx);
    await expect(placeCheckpoint(ctx, { ...newCheckpoint, routeId: 'r8' })).rejects.toMatchObject({
      table: 'patrolRoutes',
      id: 'r8',
    });
    await expect(placeCheckpoint(ctx, { ...newCheckpoint, routeId: 'gone' })).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot(ctx)).toEqual(before);
  });

  it('refuses an empty name or a position that is not a number, and when nobody is on duty, leaving every table as it was', async () => {
    const ctx = await setup();
    const start = await snapshot(ctx);
    await expect(placeCheckpoint(ctx, { ...newCheckpoint, name: '' })).rejects.toBeInstanceOf(ValidationError);
    await expect(placeCheckpoint(ctx, { ...newCheckpoint, position: { x: Number.NaN, y: 0 } })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await snapshot(ctx)).toEqual(start);

    const offDuty = await setup(false);
    const offStart = await snapshot(offDuty);
    await expect(placeCheckpoint(offDuty, newCheckpoint)).rejects.toBeInstanceOf(NoOperatorError);
    expect(await snapshot(offDuty)).toEqual(offStart);
  });
});

describe('taking a placement back', () => {
  it('deletes a post nothing refers to, audited as deleted', async () => {
    const ctx = await setup();
    await ctx.db.assignments.add(assignment('a1', 'p1'));
    const start = await snapshot(ctx);
    await unplace(ctx, { table: 'posts', id: 'p2' });
    const end = await snapshot(ctx);
    expect(end.posts).toEqual([northPost, otherSitePost]);
    expect({ ...end, posts: [], audit: [] }).toEqual({ ...start, posts: [], audit: [] });
    expect(await auditOf(ctx, 'posts', 'p2')).toMatchObject([
      { action: 'delete', operator: '陈静', siteId: 's1', before: eastPost, after: null },
    ]);
  });

  it('deletes a checkpoint nothing refers to, even when its neighbours were visited', async () => {
    const ctx = await setup();
    await ctx.db.checkpointVisits.bulkAdd([visit('v1', 'c1'), visit('v2', 'c5')]);
    await unplace(ctx, { table: 'checkpoints', id: 'c2' });
    expect((await ctx.db.checkpoints.toCollection().primaryKeys()).sort()).toEqual(['c1', 'c5', 'c9']);
    expect(await auditOf(ctx, 'checkpoints', 'c2')).toMatchObject([
      { action: 'delete', operator: '陈静', before: checkpoints[1], after: null },
    ]);
  });

  it('deletes an entrance nothing refers to, audited as deleted', async () => {
    const ctx = await setup();
    const start = await snapshot(ctx);
    await unplace(ctx, { table: 'entrances', id: 'e2' });
    const end = await snapshot(ctx);
    expect(end.entrances).toEqual([gate, otherSiteGate]);
    expect({ ...end, entrances: [], audit: [] }).toEqual({ ...start, entrances: [], audit: [] });
    expect(await auditOf(ctx, 'entrances', 'e2')).toMatchObject([
      { action: 'delete', operator: '陈静', siteId: 's1', before: doorway, after: null },
    ]);
  });

  it('refuses an entrance a post points at, leaving every table as it was', async () => {
    const ctx = await setup();
    const start = await snapshot(ctx);
    const refused = unplace(ctx, { table: 'entrances', id: 'e1' });
    await expect(refused).rejects.toBeInstanceOf(PlacedInUseError);
    await expect(refused).rejects.toMatchObject({
      name: 'PlacedInUseError',
      message: 'placed item has 1 record(s) pointing at it',
      messageKey: 'mapEdit.placedInUse',
      params: { count: 1 },
      count: 1,
    });
    expect(await snapshot(ctx)).toEqual(start);
  });

  it('refuses an entrance the entrance log refers to, counting the rows, leaving every table as it was', async () => {
    const ctx = await setup();
    await ctx.db.entranceLog.bulkAdd([
      crossing('x1', 'e2', T0 - 3_600_000),
      crossing('x2', 'e2', T0 - 1_800_000),
      crossing('x3', 'e1', T0 - 60_000),
    ]);
    const start = await snapshot(ctx);
    const refused = unplace(ctx, { table: 'entrances', id: 'e2' });
    await expect(refused).rejects.toBeInstanceOf(PlacedInUseError);
    await expect(refused).rejects.toMatchObject({ count: 2 });
    expect(await snapshot(ctx)).toEqual(start);
  });

  it('refuses a post people are assigned to, leaving every table as it was', async () => {
    const ctx = await setup();
    await ctx.db.assignments.bulkAdd([assignment('a1', 'p2'), assignment('a2', 'p2'), assignment('a3', 'p1')]);
    const start = await snapshot(ctx);
    const refused = unplace(ctx, { table: 'posts', id: 'p2' });
    await expect(refused).rejects.toBeInstanceOf(PlacedInUseError);
    await expect(refused).rejects.toMatchObject({ count: 2 });
    expect(await snapshot(ctx)).toEqual(start);
  });

  it('refuses a checkpoint a patrol has visited, leaving every table as it was', async () => {
    const ctx = await setup();
    await ctx.db.checkpointVisits.bulkAdd([visit('v1', 'c5'), visit('v2', 'c1')]);
    const start = await snapshot(ctx);
    const refused = unplace(ctx, { table: 'checkpoints', id: 'c5' });
    await expect(refused).rejects.toBeInstanceOf(PlacedInUseError);
    await expect(refused).rejects.toMatchObject({ count: 1 });
    expect(await snapshot(ctx)).toEqual(start);
  });

  it('does nothing, and writes no audit row, for a placement already gone', async () => {
    const ctx = await setup();
    const start = await snapshot(ctx);
    await unplace(ctx, { table: 'posts', id: 'gone' });
    await unplace(ctx, { table: 'checkpoints', id: 'gone' });
    await unplace(ctx, { table: 'entrances', id: 'gone' });
    expect(await snapshot(ctx)).toEqual(start);
  });

  it('refuses when nobody is on duty, leaving every table as it was', async () => {
    const ctx = await setup(false);
    const start = await snapshot(ctx);
    await expect(unplace(ctx, { table: 'posts', id: 'p2' })).rejects.toBeInstanceOf(NoOperatorError);
    await expect(unplace(ctx, { table: 'checkpoints', id: 'c2' })).rejects.toBeInstanceOf(NoOperatorError);
    expect(await snapshot(ctx)).toEqual(start);
  });

  it('undoes a placement: place, then take back, leaves the tables as they were', async () => {
    const ctx = await setup();
    const start = await snapshot(ctx);
    const post = await placePost(ctx, newPost);
    const checkpoint = await placeCheckpoint(ctx, {
      siteId: 's1',
      routeId: 'r2',
      name: '东门',
      position: { x: 1, y: 1 },
    });
    await unplace(ctx, { table: 'checkpoints', id: checkpoint.id });
    await unplace(ctx, { table: 'posts', id: post.id });
    const end = await snapshot(ctx);
    expect({ ...end, audit: [] }).toEqual({ ...start, audit: [] });
    expect(end.audit.slice(start.audit.length).map((a) => [a.action, a.table, a.entityId])).toEqual([
      ['create', 'posts', post.id],
      ['create', 'checkpoints', checkpoint.id],
      ['delete', 'checkpoints', checkpoint.id],
      ['delete', 'posts', post.id],
    ]);
  });

  it('undoes the placing of an entrance', async () => {
    const ctx = await setup();
    const start = await snapshot(ctx);
    const placed = await placeEntrance(ctx, newEntrance);
    await unplace(ctx, { table: 'entrances', id: placed.id });
    expect((await snapshot(ctx)).entrances).toEqual(start.entrances);
  });
});
