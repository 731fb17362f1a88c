import { describe, expect, it } from 'vitest';
import type {
  Checkpoint,
  Entrance,
  Geometry,
  PatrolRoute,
  PerimeterWork,
  Point,
  Post,
  UpgradeItem,
} from '../../../../shared/domain';
import type { CommandContext } from '../../../db/commandContext';
import { NoOperatorError, NotFoundError, ValidationError } from '../../../db/errors';
import { makeTestDb } from '../../../db/testing/makeTestDb';
import { tableRows, testContext, type TestContext } from '../../../db/testing/commandTesting';
import { applyUndo, mapEditCommands } from './commands';
import { WorkInUseError, type MovableTable, type UndoEdit } from './workCommands';

const {
  createWork,
  deleteWork,
  movePoint,
  moveWorkSymbol,
  restoreWork,
  updateWorkGeometry,
  placeCheckpoint,
  placePost,
} = mapEditCommands;

const T0 = Date.UTC(2022, 3, 2, 2, 0);

const gate: Entrance = {
  id: 'e1',
  siteId: 's1',
  number: 1,
  name: '北大门',
  kind: 'gate',
  state: 'controlled-open',
  position: { x: 120, y: 40 },
  note: '只进不出',
};
const post: Post = {
  id: 'p1',
  siteId: 's1',
  name: '北门岗',
  entranceId: 'e1',
  position: { x: 130, y: 55 },
  minStaff: 2,
  order: 0,
};
const route: PatrolRoute = {
  id: 'r1',
  siteId: 's1',
  name: '夜间巡逻',
  intervalMinutes: 60,
  fixedTimes: [],
  expectedMinutes: 20,
  people: 2,
  order: 'fixed',
  startsAt: 0,
  active: true,
};
const checkpoint: Checkpoint = {
  id: 'c1',
  siteId: 's1',
  routeId: 'r1',
  order: 1,
  name: '3号楼东侧',
  checks: '',
  position: { x: 300, y: 410 },
  active: true,
};
const fence: PerimeterWork = {
  id: 'w1',
  siteId: 's1',
  kind: 'fence',
  label: '南侧围挡',
  state: 'done',
  geometry: {
    type: 'line',
    points: [
      { x: 0, y: 600 },
      { x: 400, y: 600 },
      { x: 400, y: 680 },
    ],
  },
};
const camera: PerimeterWork = {
  id: 'w2',
  siteId: 's1',
  kind: 'camera',
  label: '北门摄像头',
  state: 'checked',
  geometry: { type: 'point', at: { x: 118, y: 35 } },
};
const fenceItem: UpgradeItem = {
  id: 'u1',
  siteId: 's1',
  title: '南侧围挡加高',
  workId: 'w1',
  state: 'under-way',
  responsible: '后勤组',
  plannedStart: T0,
  plannedEnd: T0 + 86_400_000,
  actualStart: T0,
  actualEnd: null,
  checkedBy: '',
  checkedAt: null,
  notes: '',
  updatedAt: T0,
};

type Ctx = TestContext;

async function setup(signedIn = true): Promise<Ctx> {
  const db = makeTestDb({ name: `map-edit-${crypto.randomUUID()}` });
  await db.open();
  await db.entrances.add(gate);
  await db.posts.add(post);
  await db.patrolRoutes.add(route);
  await db.checkpoints.add(checkpoint);
  await db.perimeterWorks.bulkAdd([fence, camera]);
  await db.upgradeItems.add(fenceItem);
  return testContext(db, T0, signedIn);
}

/** Everything a command here could touch, to check that a refused one touched nothing. */
const snapshot = (ctx: CommandContext) =>
  tableRows(ctx.db, ['entrances', 'posts', 'checkpoints', 'perimeterWorks', 'upgradeItems', 'audit']);

const auditOf = (ctx: CommandContext, table: string, id: string) =>
  ctx.db.audit.where('[table+entityId]').equals([table, id]).toArray();

interface MoveCase {
  table: MovableTable;
  move: (ctx: CommandContext, id: string, to: Point) => Promise<UndoEdit>;
  original: Entrance | Post | Checkpoint;
  read: (ctx: CommandContext) => Promise<Entrance | Post | Checkpoint | undefined>;
}

const moveCases: MoveCase[] = [
  {
    table: 'entrances',
    move: (ctx, id, to) => movePoint(ctx, { table: 'entrances', id, to }),
    original: gate,
    read: (ctx) => ctx.db.entrances.get('e1'),
  },
  {
    table: 'posts',
    move: (ctx, id, to) => movePoint(ctx, { table: 'posts', id, to }),
    original: post,
    read: (ctx) => ctx.db.posts.get('p1'),
  },
  {
    table: 'checkpoints',
    move: (ctx, id, to) => movePoint(ctx, { table: 'checkpoints', id, to }),
    original: checkpoint,
    read: (ctx) => ctx.db.checkpoints.get('c1'),
  },
];

describe.each(moveCases)('moving one of $table', ({ table, move, original, read }) => {
  const { id } = original;
  /** The other tables of the snapshot, audit aside. */
  const others = (s: Awaited<ReturnType<typeof snapshot>>) =>
    Object.entries(s).filter(([name]) => name !== table && name !== 'audit');

  it('stores the new position, audits it, and the undo puts the row back exactly', async () => {
    const ctx = await setup();
    const start = await snapshot(ctx);
    const to = { x: 512.5, y: 77.25 };

    const undo = await move(ctx, id, to);
    expect(undo).toEqual({ kind: 'move', table, id, to: original.position });
    expect(await read(ctx)).toEqual({ ...original, position: to });
    expect(others(await snapshot(ctx))).toEqual(others(start));
    const rows = await auditOf(ctx, table, id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'update',
      operator: '陈静',
      siteId: 's1',
      at: T0,
      before: original,
      after: { ...original, position: to },
    });
    expect(rows[0]?.reason).toBeUndefined();

    ctx.tick(60_000);
    await applyUndo(ctx, undo);
    expect(await read(ctx)).toEqual(original);
    const after = await auditOf(ctx, table, id);
    expect(after).toHaveLength(2);
    expect(after[1]).toMatchObject({
      action: 'update',
      operator: '陈静',
      at: T0 + 60_000,
      before: { position: to },
      after: original,
    });
  });

  it('refuses a position that is not a finite number and leaves every table as it was', async () => {
    const ctx = await setup();
    const start = await snapshot(ctx);
    await expect(move(ctx, id, { x: Number.NaN, y: 10 })).rejects.toBeInstanceOf(ValidationError);
    await expect(move(ctx, id, { x: 10, y: Number.POSITIVE_INFINITY })).rejects.toBeInstanceOf(ValidationError);
    expect(await snapshot(ctx)).toEqual(start);
  });

  it('refuses when nobody is on duty and leaves every table as it was', async () => {
    const ctx = await setup(false);
    const start = await snapshot(ctx);
    await expect(move(ctx, id, { x: 1, y: 2 })).rejects.toBeInstanceOf(NoOperatorError);
    expect(await snapshot(ctx)).toEqual(start);
  });

  it('refuses an id that is not there', async () => {
    const ctx = await setup();
    const start = await snapshot(ctx);
    // By message: the class is checked once, at the end of this file.
    await expect(move(ctx, 'nope', { x: 1, y: 2 })).rejects.toThrow(`${table} nope not found`);
    expect(await snapshot(ctx)).toEqual(start);
  });
});

describe('reshaping and moving perimeter works', () => {
  it('replaces a line, audits it, and the undo brings back the old line point for point', async () => {
    const ctx = await setup();
    const reshaped: Geometry = {
      type: 'line',
      points: [
        { x: 0, y: 600 },
        { x: 250, y: 620 },
        { x: 400, y: 600 },
        { x: 400, y: 690 },
      ],
    };
    const undo = await updateWorkGeometry(ctx, { id: 'w1', geometry: reshaped });
    expect(undo).toEqual({ kind: 'geometry', id: 'w1', geometry: fence.geometry });
    expect(await ctx.db.perimeterWorks.get('w1')).toEqual({ ...fence, geometry: reshaped });
    expect(await ctx.db.perimeterWorks.get('w2')).toEqual(camera);
    expect(await auditOf(ctx, 'perimeterWorks', 'w1')).toMatchObject([
      { action: 'update', operator: '陈静', siteId: 's1', before: fence, after: { ...fence, geometry: reshaped } },
    ]);

    await applyUndo(ctx, undo);
    expect(await ctx.db.perimeterWorks.get('w1')).toEqual(fence);
    expect(await auditOf(ctx, 'perimeterWorks', 'w1')).toMatchObject([
      {},
      { action: 'update', before: { geometry: reshaped }, after: fence },
    ]);
  });

  it('refuses a line of one point or with a point that is not a number, leaving every table as it was', async () => {
    const ctx = await setup();
    const start = await snapshot(ctx);
    await expect(
      updateWorkGeometry(ctx, { id: 'w1', geometry: { type: 'line', points: [{ x: 1, y: 1 }] } }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      updateWorkGeometry(ctx, {
        id: 'w1',
        geometry: {
          type: 'line',
          points: [
            { x: 1, y: 1 },
            { x: Number.NaN, y: 3 },
          ],
        },
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(moveWorkSymbol(ctx, { id: 'w2', to: { x: Number.NaN, y: 3 } })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await snapshot(ctx)).toEqual(start);
  });

  it('moves a symbol to a new place, and the undo puts it back', async () => {
    const ctx = await setup();
    const undo = await moveWorkSymbol(ctx, { id: 'w2', to: { x: 140.5, y: 20 } });
    expect(undo).toEqual({ kind: 'geometry', id: 'w2', geometry: camera.geometry });
    expect(await ctx.db.perimeterWorks.get('w2')).toEqual({
      ...camera,
      geometry: { type: 'point', at: { x: 140.5, y: 20 } },
    });
    expect(await auditOf(ctx, 'perimeterWorks', 'w2')).toMatchObject([
      { action: 'update', operator: '陈静', before: camera },
    ]);
    await applyUndo(ctx, undo);
    expect(await ctx.db.perimeterWorks.get('w2')).toEqual(camera);
  });

  it('refuses to move a work when nobody is on duty', async () => {
    const ctx = await setup(false);
    const start = await snapshot(ctx);
    await expect(moveWorkSymbol(ctx, { id: 'w2', to: { x: 1, y: 1 } })).rejects.toBeInstanceOf(NoOperatorError);
    await expect(
      updateWorkGeometry(ctx, {
        id: 'w1',
        geometry: {
          type: 'line',
          points: [
            { x: 1, y: 1 },
            { x: 2, y: 2 },
          ],
        },
      }),
    ).rejects.toBeInstanceOf(NoOperatorError);
    expect(await snapshot(ctx)).toEqual(start);
  });
});

describe('creating a work', () => {
  const rail: Geometry = {
    type: 'line',
    points: [
      { x: 500, y: 0 },
      { x: 500, y: 120 },
    ],
  };

  it('stores a planned, unlabelled work with an audit row, and the undo deletes it again', async () => {
    const ctx = await setup();
    const { work, undo } = await createWork(ctx, { siteId: 's1', kind: 'guard-rail', geometry: rail });
    expect(work).toEqual({
      id: work.id,
      siteId: 's1',
      kind: 'guard-rail',
      label: '',
      geometry: rail,
      state: 'planned',
    });
    expect(work.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(await ctx.db.perimeterWorks.get(work.id)).toEqual(work);
    expect(await ctx.db.perimeterWorks.count()).toBe(3);
    expect(await auditOf(ctx, 'perimeterWorks', work.id)).toMatchObject([
      { action: 'create', operator: '陈静', siteId: 's1', at: T0, before: null, after: work },
    ]);
    expect(undo).toEqual({ kind: 'delete', id: work.id });

    await applyUndo(ctx, undo);
    expect(await ctx.db.perimeterWorks.get(work.id)).toBeUndefined();
    expect(await ctx.db.perimeterWorks.toArray()).toEqual([fence, camera]);
    expect(await auditOf(ctx, 'perimeterWorks', work.id)).toMatchObject([
      { action: 'create' },
      { action: 'delete', before: work, after: null },
    ]);
  });

  it('trims the label it is given, and gives every work its own id', async () => {
    const ctx = await setup();
    const a = await createWork(ctx, {
      siteId: 's1',
      kind: 'sign',
      geometry: { type: 'point', at: { x: 5, y: 5 } },
      label: '  外来车辆禁止入内 ',
    });
    const b = await createWork(ctx, { siteId: 's1', kind: 'sign', geometry: { type: 'point', at: { x: 5, y: 5 } } });
    expect((await ctx.db.perimeterWorks.get(a.work.id))?.label).toBe('外来车辆禁止入内');
    expect(a.work.id).not.toBe(b.work.id);
  });

  it('refuses a line of one point or an over-long label, and when nobody is on duty, leaving every table as it was', async () => {
    const ctx = await setup();
    const start = await snapshot(ctx);
    await expect(
      createWork(ctx, { siteId: 's1', kind: 'netting', geometry: { type: 'line', points: [{ x: 1, y: 1 }] } }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      createWork(ctx, {
        siteId: 's1',
        kind: 'light',
        geometry: { type: 'point', at: { x: 1, y: 1 } },
        label: '灯'.repeat(121),
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      createWork(ctx, { siteId: '', kind: 'light', geometry: { type: 'point', at: { x: 1, y: 1 } } }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await snapshot(ctx)).toEqual(start);

    const offDuty = await setup(false);
    const offStart = await snapshot(offDuty);
    await expect(
      createWork(offDuty, { siteId: 's1', kind: 'light', geometry: { type: 'point', at: { x: 1, y: 1 } } }),
    ).rejects.toBeInstanceOf(NoOperatorError);
    expect(await snapshot(offDuty)).toEqual(offStart);
  });
});

describe('deleting a work', () => {
  it('deletes a work nothing refers to, and the undo brings it back as it was, same id', async () => {
    const ctx = await setup();
    const undo = await deleteWork(ctx, { id: 'w2' });
    expect(undo).toEqual({ kind: 'restore', work: camera });
    expect(await ctx.db.perimeterWorks.get('w2')).toBeUndefined();
    expect(await ctx.db.perimeterWorks.toArray()).toEqual([fence]);
    expect(await auditOf(ctx, 'perimeterWorks', 'w2')).toMatchObject([
      { action: 'delete', operator: '陈静', siteId: 's1', before: camera, after: null },
    ]);

    ctx.tick(5_000);
    await applyUndo(ctx, undo);
    expect(await ctx.db.perimeterWorks.get('w2')).toEqual(camera);
    expect(await ctx.db.perimeterWorks.count()).toBe(2);
    expect(await auditOf(ctx, 'perimeterWorks', 'w2')).toMatchObject([
      { action: 'delete' },
      { action: 'create', operator: '陈静', at: T0 + 5_000, before: null, after: camera },
    ]);
  });

  it('refuses a work that upgrade items point at, saying how many, and leaves every table as it was', async () => {
    const ctx = await setup();
    await ctx.db.upgradeItems.add({ ...fenceItem, id: 'u2', title: '南侧围挡刷漆' });
    const start = await snapshot(ctx);
    const refused = deleteWork(ctx, { id: 'w1' });
    await expect(refused).rejects.toBeInstanceOf(WorkInUseError);
    await expect(refused).rejects.toMatchObject({
      name: 'WorkInUseError',
      message: 'work has 2 upgrade item(s)',
      messageKey: 'mapEdit.inUse',
      params: { count: 2 },
      count: 2,
    });
    expect(await snapshot(ctx)).toEqual(start);
  });

  it('refuses when nobody is on duty, and an id that is not there, leaving every table as it was', async () => {
    const offDuty = await setup(false);
    const offStart = await snapshot(offDuty);
    await expect(deleteWork(offDuty, { id: 'w2' })).rejects.toBeInstanceOf(NoOperatorError);
    expect(await snapshot(offDuty)).toEqual(offStart);

    const ctx = await setup();
    const start = await snapshot(ctx);
    await expect(deleteWork(ctx, { id: 'nope' })).rejects.toThrow('perimeterWorks nope not found');
    expect(await snapshot(ctx)).toEqual(start);
  });

  it('restoring gives back the edit that deletes it again', async () => {
    const ctx = await setup();
    await deleteWork(ctx, { id: 'w2' });
    const redo = await restoreWork(ctx, { work: camera });
    expect(redo).toEqual({ kind: 'delete', id: 'w2' });
    await applyUndo(ctx, redo);
    expect(await ctx.db.perimeterWorks.get('w2')).toBeUndefined();
  });

  it('does not restore over a work that is still there', async () => {
    const ctx = await setup();
    const start = await snapshot(ctx);
    await expect(restoreWork(ctx, { work: { ...camera, label: '别的' } })).rejects.toMatchObject({
      name: 'ConstraintError',
    });
    expect(await snapshot(ctx)).toEqual(start);
  });

  it('undoing a creation is refused once an upgrade item points at the new work', async () => {
    const ctx = await setup();
    const { work, undo } = await createWork(ctx, {
      siteId: 's1',
      kind: 'alarm',
      geometry: { type: 'point', at: { x: 9, y: 9 } },
    });
    await ctx.db.upgradeItems.add({ ...fenceItem, id: 'u3', workId: work.id });
    const start = await snapshot(ctx);
    await expect(applyUndo(ctx, undo)).rejects.toBeInstanceOf(WorkInUseError);
    expect(await snapshot(ctx)).toEqual(start);
  });
});

describe('undoing', () => {
  it('a run of edits undone newest first leaves the map as it started', async () => {
    const ctx = await setup();
    const start = await snapshot(ctx);
    const stack: UndoEdit[] = [];
    stack.push(await movePoint(ctx, { table: 'entrances', id: 'e1', to: { x: 1, y: 1 } }));
    stack.push(await movePoint(ctx, { table: 'entrances', id: 'e1', to: { x: 2, y: 2 } }));
    stack.push(await movePoint(ctx, { table: 'posts', id: 'p1', to: { x: 3, y: 3 } }));
    stack.push(
      await updateWorkGeometry(ctx, {
        id: 'w1',
        geometry: {
          type: 'line',
          points: [
            { x: 0, y: 0 },
            { x: 9, y: 9 },
          ],
        },
      }),
    );
    stack.push(
      (
        await createWork(ctx, {
          siteId: 's1',
          kind: 'wall',
          geometry: {
            type: 'line',
            points: [
              { x: 0, y: 0 },
              { x: 1, y: 0 },
            ],
          },
        })
      ).undo,
    );
    stack.push(await deleteWork(ctx, { id: 'w2' }));
    stack.push(await movePoint(ctx, { table: 'checkpoints', id: 'c1', to: { x: 4, y: 4 } }));

    for (let edit = stack.pop(); edit; edit = stack.pop()) await applyUndo(ctx, edit);

    const end = await snapshot(ctx);
    expect({ ...end, audit: [] }).toEqual({ ...start, audit: [] });
    // Every edit and every undo left its own row: 7 edits, 7 undos.
    expect(end.audit.length - start.audit.length).toBe(14);
  });

  it('takes back a placed post or checkpoint', async () => {
    const ctx = await setup();
    const start = await snapshot(ctx);
    const placed = await placePost(ctx, {
      siteId: 's1',
      name: '南门岗',
      entranceId: null,
      minStaff: 1,
      position: { x: 10, y: 10 },
    });
    const cp = await placeCheckpoint(ctx, { siteId: 's1', routeId: 'r1', name: '垃圾站', position: { x: 20, y: 20 } });
    await applyUndo(ctx, { kind: 'unplace', table: 'posts', id: placed.id });
    await applyUndo(ctx, { kind: 'unplace', table: 'checkpoints', id: cp.id });
    const end = await snapshot(ctx);
    expect({ ...end, audit: [] }).toEqual({ ...start, audit: [] });
    expect(await auditOf(ctx, 'posts', placed.id)).toMatchObject([
      { action: 'create' },
      { action: 'delete', operator: '陈静', before: placed, after: null },
    ]);
    expect(await auditOf(ctx, 'checkpoints', cp.id)).toMatchObject([
      { action: 'create' },
      { action: 'delete', before: cp, after: null },
    ]);
  });

  it('is refused, like any command, when nobody is on duty', async () => {
    const ctx = await setup(false);
    const start = await snapshot(ctx);
    await expect(
      applyUndo(ctx, { kind: 'move', table: 'entrances', id: 'e1', to: { x: 0, y: 0 } }),
    ).rejects.toBeInstanceOf(NoOperatorError);
    await expect(applyUndo(ctx, { kind: 'restore', work: { ...camera, id: 'w9' } })).rejects.toBeInstanceOf(
      NoOperatorError,
    );
    expect(await snapshot(ctx)).toEqual(start);
  });
});

describe('a row that is not there', () => {
  // The screen (describeError in hooks/useCommand.ts) tells "not found" apart by this class.
  it("is refused with the app's NotFoundError, carrying the table and id", async () => {
    const ctx = await setup();
    const refused = movePoint(ctx, { table: 'entrances', id: 'nope', to: { x: 1, y: 2 } });
    await expect(refused).rejects.toBeInstanceOf(NotFoundError);
    await expect(refused).rejects.toMatchObject({ table: 'entrances', id: 'nope' });
  });
});
