import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { Checkpoint, Entrance, PerimeterWork, Post, Site } from '../../../../shared/domain';
import type { CommandContext } from '../../../db/commandContext';
import { ChangedSinceError, NoOperatorError, ValidationError } from '../../../db/errors';
import { makeTestDb } from '../../../db/testing/makeTestDb';
import { tableRows, testContext } from '../../../db/testing/commandTesting';
import { planCommands } from './commands';

const { replacePlan, setPlanScale } = planCommands;

const site: Site = {
  id: 's1',
  name: '香樟苑',
  town: '',
  timeZone: 'Asia/Shanghai',
  residents: 0,
  closureStartedAt: null,
  createdAt: 0,
  plan: { kind: 'grid', width: 1000, height: 700, metresPerUnit: 0.25 },
  shiftRules: { minRestMinutes: 480, maxMinutesPer24h: 720, lateGraceMinutes: 15 },
  patrolRules: { startGraceMinutes: 10, overrunGraceMinutes: 10 },
};

/** The site as a dialog opened on it shows it: what the commands compare before they write. */
async function storedSite(ctx: CommandContext): Promise<Site> {
  const stored = await ctx.db.sites.get('s1');
  if (!stored) throw new Error('no site s1');
  return stored;
}

async function setup(): Promise<CommandContext> {
  const db = makeTestDb({ name: `plan-${Math.random()}` });
  await db.open();
  await db.sites.add(site);
  return testContext(db, Date.UTC(2021, 10, 27, 6, 5));
}

const picture = (bytes: string) => ({
  blob: new Blob([bytes], { type: 'image/png' }),
  mimeType: 'image/png',
  width: 500,
  height: 350,
  metresPerUnit: 0.5,
});

describe('plan commands', () => {
  it('replace the picture and the plan together, with an audit row, and drop the old picture', async () => {
    const ctx = await setup();
    const first = await replacePlan(ctx, { opened: await storedSite(ctx), picture: picture('one') });
    expect(first.plan).toMatchObject({
      kind: 'image',
      width: 500,
      height: 350,
      metresPerUnit: 0.5,
      mimeType: 'image/png',
    });
    const second = await replacePlan(ctx, { opened: await storedSite(ctx), picture: picture('two') });
    const keys = await ctx.db.planAssets.toCollection().primaryKeys();
    expect(keys).toEqual([second.plan.kind === 'image' ? second.plan.blobKey : '']);
    const audit = await ctx.db.audit.where('table').equals('sites').toArray();
    expect(audit.map((a) => a.action)).toEqual(['update', 'update']);
    expect(audit[0]?.operator).toBe('陈静');
  });

  it('refuse a new plan over one changed since the dialog opened, keeping the newer picture', async () => {
    const ctx = await setup();
    const opened = await storedSite(ctx);
    const newer = await replacePlan(ctx, { opened, picture: picture('one') });
    await expect(replacePlan(ctx, { opened, picture: picture('two') })).rejects.toBeInstanceOf(ChangedSinceError);
    expect((await ctx.db.sites.get('s1'))?.plan).toEqual(newer.plan);
    expect(await ctx.db.planAssets.count()).toBe(1);
  });

  it('keep the new picture when it is stored under the key the old one had', async () => {
    const ctx = await setup();
    // A random id drawn twice names both pictures: deleting the old one would delete the new one.
    const uuid = vi.spyOn(crypto, 'randomUUID').mockReturnValue('00000000-0000-4000-8000-000000000000');
    onTestFinished(() => uuid.mockRestore());
    await replacePlan(ctx, { opened: await storedSite(ctx), picture: picture('one') });
    await replacePlan(ctx, { opened: await storedSite(ctx), picture: { ...picture('two'), metresPerUnit: 0.4 } });
    expect(await ctx.db.planAssets.toCollection().primaryKeys()).toEqual([
      'plan:s1:00000000-0000-4000-8000-000000000000',
    ]);
    expect((await ctx.db.sites.get('s1'))?.plan).toEqual({
      kind: 'image',
      blobKey: 'plan:s1:00000000-0000-4000-8000-000000000000',
      mimeType: 'image/png',
      width: 500,
      height: 350,
      metresPerUnit: 0.4,
    });
  });

  it('leave everything as it was when the new plan is refused', async () => {
    const ctx = await setup();
    await expect(
      replacePlan(ctx, { opened: await storedSite(ctx), picture: { ...picture('x'), width: 0 } }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await ctx.db.planAssets.count()).toBe(0);
    expect((await ctx.db.sites.get('s1'))?.plan).toEqual(site.plan);
  });

  it('set the scale, and refuse a scale that is not positive', async () => {
    const ctx = await setup();
    expect((await setPlanScale(ctx, { opened: await storedSite(ctx), metresPerUnit: 0.2 })).plan.metresPerUnit).toBe(
      0.2,
    );
    await expect(setPlanScale(ctx, { opened: await storedSite(ctx), metresPerUnit: 0 })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(
      setPlanScale(ctx, { opened: await storedSite(ctx), metresPerUnit: Number.NaN }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('refuse a scale drawn on a plan changed since the dialog opened, keeping the newer scale', async () => {
    const ctx = await setup();
    const opened = await storedSite(ctx);
    await setPlanScale(ctx, { opened, metresPerUnit: 0.2 });
    await expect(setPlanScale(ctx, { opened, metresPerUnit: 0.3 })).rejects.toMatchObject({
      name: 'ChangedSinceError',
      table: 'sites',
      id: 's1',
      by: '陈静',
      at: Date.UTC(2021, 10, 27, 6, 5),
    });
    expect((await ctx.db.sites.get('s1'))?.plan).toEqual({ ...site.plan, metresPerUnit: 0.2 });
  });
});

describe('replacing the plan with one of another size', () => {
  const entrance: Entrance = {
    id: 'e1',
    siteId: 's1',
    number: 1,
    name: '北大门',
    kind: 'gate',
    state: 'sealed',
    position: { x: 100, y: 70 },
    note: '',
  };
  const post: Post = {
    id: 'p1',
    siteId: 's1',
    name: '北门岗',
    entranceId: 'e1',
    position: { x: 250.5, y: 699 },
    minStaff: 2,
    order: 0,
  };
  const checkpoint: Checkpoint = {
    id: 'c1',
    siteId: 's1',
    routeId: 'r1',
    order: 1,
    name: '3号楼',
    checks: '',
    position: { x: 999, y: 1 },
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
        { x: 0, y: 0 },
        { x: 1000, y: 700 },
        { x: 333, y: 10 },
      ],
    },
  };
  const camera: PerimeterWork = {
    id: 'w2',
    siteId: 's1',
    kind: 'camera',
    label: '',
    state: 'planned',
    geometry: { type: 'point', at: { x: 333, y: 333 } },
  };
  // Another site's things stay where they are, whatever happens to this site's plan.
  const elsewhere: Entrance = { ...entrance, id: 'e9', siteId: 's2' };
  const elsewhereWork: PerimeterWork = { ...camera, id: 'w9', siteId: 's2' };
  const placedTables = ['entrances', 'posts', 'checkpoints', 'perimeterWorks'];

  async function placed(): Promise<CommandContext> {
    const ctx = await setup();
    await ctx.db.entrances.bulkAdd([entrance, elsewhere]);
    await ctx.db.posts.add(post);
    await ctx.db.checkpoints.add(checkpoint);
    await ctx.db.perimeterWorks.bulkAdd([fence, camera, elsewhereWork]);
    return ctx;
  }

  const snapshot = (ctx: CommandContext) =>
    tableRows(ctx.db, ['sites', 'planAssets', 'entrances', 'posts', 'checkpoints', 'perimeterWorks', 'audit']);

  const sized = (width: number, height: number) => ({ ...picture('big'), width, height });
  const placedAudit = async (ctx: CommandContext) =>
    (await ctx.db.audit.toArray()).filter((a) => placedTables.includes(a.table));

  it('carry everything placed by the smaller ratio, each move audited with the reason', async () => {
    const ctx = await placed();
    // 2000 / 1000 = 2 across, 2100 / 700 = 3 down: the smaller, 2, keeps the layout's shape.
    await replacePlan(ctx, { opened: await storedSite(ctx), picture: sized(2000, 2100), reason: '换上街道办测绘图' });
    expect(await ctx.db.entrances.get('e1')).toEqual({ ...entrance, position: { x: 200, y: 140 } });
    expect(await ctx.db.posts.get('p1')).toEqual({ ...post, position: { x: 501, y: 1398 } });
    expect(await ctx.db.checkpoints.get('c1')).toEqual({ ...checkpoint, position: { x: 1998, y: 2 } });
    expect(await ctx.db.perimeterWorks.get('w1')).toEqual({
      ...fence,
      geometry: {
        type: 'line',
        points: [
          { x: 0, y: 0 },
          { x: 2000, y: 1400 },
          { x: 666, y: 20 },
        ],
      },
    });
    expect(await ctx.db.perimeterWorks.get('w2')).toEqual({
      ...camera,
      geometry: { type: 'point', at: { x: 666, y: 666 } },
    });
    expect(await ctx.db.entrances.get('e9')).toEqual(elsewhere);
    expect(await ctx.db.perimeterWorks.get('w9')).toEqual(elsewhereWork);

    const rows = await placedAudit(ctx);
    expect(rows.map((a) => [a.table, a.entityId]).sort()).toEqual([
      ['checkpoints', 'c1'],
      ['entrances', 'e1'],
      ['perimeterWorks', 'w1'],
      ['perimeterWorks', 'w2'],
      ['posts', 'p1'],
    ]);
    for (const row of rows)
      expect(row).toMatchObject({ action: 'update', operator: '陈静', siteId: 's1', reason: '换上街道办测绘图' });
    expect(rows.find((a) => a.entityId === 'e1')).toMatchObject({
      before: entrance,
      after: { ...entrance, position: { x: 200, y: 140 } },
    });
    expect(rows.find((a) => a.entityId === 'w2')).toMatchObject({
      before: camera,
      after: { geometry: { type: 'point', at: { x: 666, y: 666 } } },
    });
  });

  it('shrink to two decimals when the ratio is not a round one', async () => {
    const ctx = await placed();
    // 700 / 1000 = 0.7 across, 700 / 700 = 1 down.
    await replacePlan(ctx, { opened: await storedSite(ctx), picture: sized(700, 700) });
    expect((await ctx.db.perimeterWorks.get('w2'))?.geometry).toEqual({ type: 'point', at: { x: 233.1, y: 233.1 } });
    expect((await ctx.db.posts.get('p1'))?.position).toEqual({ x: 175.35, y: 489.3 });
    expect((await ctx.db.entrances.get('e1'))?.position).toEqual({ x: 70, y: 49 });
  });

  it('go back exactly where they were when the plan goes back to its first size', async () => {
    const ctx = await placed();
    const start = await snapshot(ctx);
    await replacePlan(ctx, { opened: await storedSite(ctx), picture: sized(2000, 1400) });
    expect((await ctx.db.entrances.get('e1'))?.position).toEqual({ x: 200, y: 140 });
    // Scaled from the picture now under the site, not from the first grid.
    await replacePlan(ctx, { opened: await storedSite(ctx), picture: sized(1000, 700) });
    const end = await snapshot(ctx);
    expect([end.entrances, end.posts, end.checkpoints, end.perimeterWorks]).toEqual([
      start.entrances,
      start.posts,
      start.checkpoints,
      start.perimeterWorks,
    ]);
  });

  it.each([
    ['a blank one', '   '],
    ['none at all', undefined],
  ])('leave no reason on the audit rows when the reason given is %s', async (_, reason) => {
    const ctx = await placed();
    await replacePlan(ctx, {
      opened: await storedSite(ctx),
      picture: sized(500, 350),
      ...(reason === undefined ? {} : { reason }),
    });
    const rows = await placedAudit(ctx);
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row).not.toHaveProperty('reason');
  });

  it('move nothing, and write no audit rows for what is placed, when the new plan has the same size', async () => {
    const ctx = await placed();
    const start = await snapshot(ctx);
    await replacePlan(ctx, {
      opened: await storedSite(ctx),
      picture: { ...sized(1000, 700), metresPerUnit: 0.3 },
      reason: '照片替换网格',
    });
    await replacePlan(ctx, { opened: await storedSite(ctx), picture: sized(1000.004, 699.996), reason: '同尺寸' });
    const end = await snapshot(ctx);
    expect([end.entrances, end.posts, end.checkpoints, end.perimeterWorks]).toEqual([
      start.entrances,
      start.posts,
      start.checkpoints,
      start.perimeterWorks,
    ]);
    expect(await placedAudit(ctx)).toEqual([]);
    expect(end.audit.slice(start.audit.length).map((a) => a.table)).toEqual(['sites', 'sites']);
  });

  it('leave a position finer than a hundredth as it is when the new plan has the same size', async () => {
    const ctx = await placed();
    // Placed by hand on screen: scaling it, even by 1, would round it to hundredths.
    const dropped = { ...entrance, position: { x: 100.125, y: 70.3333 } };
    await ctx.db.entrances.put(dropped);
    await replacePlan(ctx, { opened: await storedSite(ctx), picture: sized(1000, 700) });
    expect(await ctx.db.entrances.get('e1')).toEqual(dropped);
    expect(await placedAudit(ctx)).toEqual([]);
  });

  it('move nothing when the new plan is refused', async () => {
    const ctx = await placed();
    const start = await snapshot(ctx);
    await expect(
      replacePlan(ctx, { opened: await storedSite(ctx), picture: sized(2000, -1), reason: '错误尺寸' }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await snapshot(ctx)).toEqual(start);
  });

  it('leave the old plan and every position whole when one of the moves fails', async () => {
    const ctx = await placed();
    // A post stored before the schema tightened: it cannot be written back as it is.
    await ctx.db.posts.add({ ...post, id: 'p2', minStaff: -1 });
    const start = await snapshot(ctx);
    // Entrances are moved before posts, so this fails half way through.
    await expect(
      replacePlan(ctx, { opened: await storedSite(ctx), picture: sized(2000, 1400), reason: '换图' }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await snapshot(ctx)).toEqual(start);
  });

  it('refuse when nobody is on duty, moving nothing', async () => {
    const ctx = await placed();
    await ctx.db.settings.delete('operator');
    const start = await snapshot(ctx);
    await expect(
      replacePlan(ctx, { opened: await storedSite(ctx), picture: sized(2000, 1400) }),
    ).rejects.toBeInstanceOf(NoOperatorError);
    expect(await snapshot(ctx)).toEqual(start);
  });
});
