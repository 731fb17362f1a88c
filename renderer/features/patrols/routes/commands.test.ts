import { describe, expect, it } from 'vitest';
import type { Checkpoint } from '../../../../shared/domain';
import { patrolRow, routeRow, siteRow, visitRow } from '../../../../shared/domain/testing/rows';
import { ChangedSinceError, NoOperatorError, ValidationError } from '../../../db/errors';
import { makeTestDb } from '../../../db/testing/makeTestDb';
import { tableRows, testContext } from '../../../db/testing/commandTesting';
import { patrolRouteCommands, type RouteFields } from './commands';

const { createRoute, updateRoute, setPatrolRules, addCheckpoint, updateCheckpoint, moveCheckpoint, removeCheckpoint } =
  patrolRouteCommands;
const T0 = Date.UTC(2026, 10, 28, 2);

const cp = (id: string, order: number, more: Partial<Checkpoint> = {}): Checkpoint => ({
  id,
  siteId: 's1',
  routeId: 'r1',
  order,
  name: `点${order}`,
  checks: '警戒线完好',
  position: { x: order * 100, y: 100 },
  active: true,
  ...more,
});

/** A round walked before any edit: its snapshot names the route and its checkpoints as they were. */
const walked = patrolRow('p1', 'r1', T0 - 3_600_000, {
  routeName: '外围巡逻',
  startedAt: T0 - 3_500_000,
  endedAt: T0 - 2_000_000,
  checkpoints: [
    { id: 'c1', name: '点1', checks: '警戒线完好' },
    { id: 'c2', name: '点2', checks: '警戒线完好' },
    { id: 'c3', name: '点3', checks: '警戒线完好' },
  ],
});

async function setup(signedIn = true) {
  const db = makeTestDb();
  await db.open();
  await db.sites.add(siteRow());
  await db.patrolRoutes.add(routeRow('r1'));
  await db.checkpoints.bulkAdd([cp('c1', 1), cp('c2', 2), cp('c3', 3)]);
  await db.patrols.add(walked);
  await db.checkpointVisits.bulkAdd([
    visitRow('v1', 'p1', 'c1', T0 - 3_400_000),
    visitRow('v2', 'p1', 'c2', T0 - 3_000_000),
  ]);
  return testContext(db, T0, signedIn);
}

const fields: RouteFields = {
  name: '夜间巡逻',
  intervalMinutes: 60,
  fixedTimes: ['22:00', '08:00', '14:00'],
  expectedMinutes: 30,
  people: 2,
  order: 'shuffled',
  active: true,
};

const history = (ctx: Awaited<ReturnType<typeof setup>>) => tableRows(ctx.db, ['patrols', 'checkpointVisits']);

describe('routes', () => {
  it('make a route with fixed times, sorted, due from now on', async () => {
    const ctx = await setup();
    const r = await createRoute(ctx, { siteId: 's1', ...fields });
    expect(await ctx.db.patrolRoutes.get(r.id)).toEqual({
      id: r.id,
      siteId: 's1',
      ...fields,
      fixedTimes: ['08:00', '14:00', '22:00'],
      startsAt: T0,
    });
    expect((await ctx.db.audit.toArray()).filter((a) => a.entityId === r.id)).toMatchObject([
      { action: 'create', table: 'patrolRoutes', operator: '陈静' },
    ]);
  });

  it('refuse a time of 24:00, an interval of 4 minutes or 0 people, writing nothing', async () => {
    const ctx = await setup();
    const before = await tableRows(ctx.db, ['patrolRoutes', 'audit']);
    for (const bad of [{ fixedTimes: ['24:00'] }, { intervalMinutes: 4 }, { people: 0 }, { name: '' }]) {
      await expect(createRoute(ctx, { siteId: 's1', ...fields, ...bad })).rejects.toBeInstanceOf(ValidationError);
    }
    expect(await tableRows(ctx.db, ['patrolRoutes', 'audit'])).toEqual(before);
  });

  it('rename a route, leaving the round already walked as it was; refuse an edit over a change since', async () => {
    const ctx = await setup();
    const opened = routeRow('r1');
    const before = await history(ctx);
    const after = await updateRoute(ctx, { opened, ...fields, name: '外围巡逻（逆时针）' });
    expect(after).toMatchObject({ name: '外围巡逻（逆时针）', order: 'shuffled', startsAt: 0 });
    expect(await history(ctx)).toEqual(before);
    expect((await ctx.db.patrols.get('p1'))?.routeName).toBe('外围巡逻');
    await expect(updateRoute(ctx, { opened, ...fields, name: '别的' })).rejects.toBeInstanceOf(ChangedSinceError);
    expect((await ctx.db.patrolRoutes.get('r1'))?.name).toBe('外围巡逻（逆时针）');
  });

  it('set the allowances at 0 and 120 minutes, refusing -1 and 121', async () => {
    const ctx = await setup();
    const site = await setPatrolRules(ctx, { siteId: 's1', rules: { startGraceMinutes: 0, overrunGraceMinutes: 120 } });
    expect(site.patrolRules).toEqual({ startGraceMinutes: 0, overrunGraceMinutes: 120 });
    const before = await tableRows(ctx.db, ['sites', 'audit']);
    for (const rules of [
      { startGraceMinutes: -1, overrunGraceMinutes: 10 },
      { startGraceMinutes: 10, overrunGraceMinutes: 121 },
    ]) {
      await expect(setPatrolRules(ctx, { siteId: 's1', rules })).rejects.toBeInstanceOf(ValidationError);
    }
    expect(await tableRows(ctx.db, ['sites', 'audit'])).toEqual(before);
  });

  it('refuse an edit by nobody on duty', async () => {
    const ctx = await setup(false);
    await expect(createRoute(ctx, { siteId: 's1', ...fields })).rejects.toBeInstanceOf(NoOperatorError);
    expect(await ctx.db.patrolRoutes.count()).toBe(1);
  });
});

describe('checkpoints from the list', () => {
  it('add one at the end, halfway back from the last to the first', async () => {
    const ctx = await setup();
    const c = await addCheckpoint(ctx, { routeId: 'r1', name: ' 门洞5 ', checks: '门洞无人', position: null });
    expect(await ctx.db.checkpoints.get(c.id)).toEqual({
      id: c.id,
      siteId: 's1',
      routeId: 'r1',
      order: 4,
      name: '门洞5',
      checks: '门洞无人',
      position: { x: 200, y: 100 },
      active: true,
    });
  });

  it('add the first one of a new route in the middle of the plan, or where asked', async () => {
    const ctx = await setup();
    await ctx.db.patrolRoutes.add(routeRow('r2'));
    const first = await addCheckpoint(ctx, { routeId: 'r2', name: '北门', checks: '', position: null });
    expect(first).toMatchObject({ order: 1, position: { x: 400, y: 300 } });
    const placed = await addCheckpoint(ctx, { routeId: 'r2', name: '南门', checks: '', position: { x: 5, y: 6 } });
    expect(placed).toMatchObject({ order: 2, position: { x: 5, y: 6 } });
  });

  it('rename one and change its checks, leaving the round as it was; refuse over a change since', async () => {
    const ctx = await setup();
    const before = await history(ctx);
    await updateCheckpoint(ctx, { opened: cp('c2', 2), name: '西北角', checks: '防护栏无移动' });
    expect(await ctx.db.checkpoints.get('c2')).toMatchObject({ name: '西北角', checks: '防护栏无移动' });
    expect(await history(ctx)).toEqual(before);
    await expect(updateCheckpoint(ctx, { opened: cp('c2', 2), name: 'x', checks: '' })).rejects.toBeInstanceOf(
      ChangedSinceError,
    );
  });

  it('move one up and down, staying put at either end, and skipping ones taken off', async () => {
    const ctx = await setup();
    await ctx.db.checkpoints.update('c2', { active: false });
    const before = await history(ctx);
    await moveCheckpoint(ctx, { id: 'c3', step: -1 });
    const order = async () =>
      (await ctx.db.checkpoints.where('[routeId+order]').between(['r1', 0], ['r1', Infinity]).toArray())
        .filter((c) => c.active)
        .map((c) => c.id);
    expect(await order()).toEqual(['c3', 'c1']);
    expect((await ctx.db.checkpoints.get('c3'))?.order).toBe(1);
    expect((await ctx.db.checkpoints.get('c1'))?.order).toBe(3);
    await moveCheckpoint(ctx, { id: 'c3', step: -1 });
    await moveCheckpoint(ctx, { id: 'c1', step: 1 });
    expect(await order()).toEqual(['c3', 'c1']);
    expect(await ctx.db.audit.where('table').equals('checkpoints').count()).toBe(2);
    expect(await history(ctx)).toEqual(before);
  });

  it('keep a visited one, taken off; delete one never visited; the round stays as it was', async () => {
    const ctx = await setup();
    const before = await history(ctx);
    expect(await removeCheckpoint(ctx, { id: 'c2' })).toBe('kept');
    expect(await removeCheckpoint(ctx, { id: 'c3' })).toBe('deleted');
    expect(await ctx.db.checkpoints.get('c2')).toEqual(cp('c2', 2, { active: false }));
    expect(await ctx.db.checkpoints.get('c3')).toBeUndefined();
    expect(await ctx.db.audit.where('table').equals('checkpoints').toArray()).toMatchObject([
      { action: 'update', entityId: 'c2' },
      { action: 'delete', entityId: 'c3' },
    ]);
    expect(await history(ctx)).toEqual(before);
    expect((await ctx.db.patrols.get('p1'))?.checkpoints.map((c) => c.name)).toEqual(['点1', '点2', '点3']);
  });
});
