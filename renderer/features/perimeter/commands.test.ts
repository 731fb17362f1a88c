import { sessionCommands } from '../../db/session';
import { describe, expect, it } from 'vitest';
import type { PerimeterWork, UpgradeItem } from '../../../shared/domain';
import type { CommandContext } from '../../db/commandContext';
import { ChangedSinceError, NoOperatorError, NotFoundError, ValidationError } from '../../db/errors';
import { makeTestDb } from '../../db/testing/makeTestDb';
import { perimeterCommands, type DescribeWorkDone, type UpgradeItemFields } from './commands';

const { advanceUpgradeItem, createUpgradeItem, deleteUpgradeItem, updateUpgradeItem } = perimeterCommands;

const T0 = Date.UTC(2022, 3, 2, 2, 0);
const describeDone: DescribeWorkDone = ({ title, state, by }) => `${title}: ${state} ${by}`.trim();
const work: PerimeterWork = {
  id: 'w1',
  siteId: 's1',
  kind: 'netting',
  label: '东墙防护网加高一层',
  state: 'under-way',
  geometry: {
    type: 'line',
    points: [
      { x: 0, y: 0 },
      { x: 0, y: 10 },
    ],
  },
};
const netting: UpgradeItem = {
  id: 'u1',
  siteId: 's1',
  title: '东墙防护网加高一层',
  workId: 'w1',
  state: 'under-way',
  responsible: '后勤组',
  plannedStart: T0 - 3_600_000,
  plannedEnd: T0 + 86_400_000,
  actualStart: T0 - 3_600_000,
  actualEnd: null,
  checkedBy: '',
  checkedAt: null,
  notes: '',
  updatedAt: T0 - 3_600_000,
};
const fields: UpgradeItemFields = {
  title: '侧门监控摄像头',
  workId: null,
  responsible: '城运中心',
  plannedStart: T0,
  plannedEnd: T0 + 3_600_000,
  notes: '',
};

async function setup(signedIn = true): Promise<CommandContext & { tick: (ms: number) => void }> {
  const db = makeTestDb();
  await db.open();
  await db.perimeterWorks.add(work);
  await db.upgradeItems.add(netting);
  let t = T0;
  const ctx = {
    db,
    clock: { now: () => t },
    tick: (ms: number) => {
      t += ms;
    },
  };
  if (signedIn) await sessionCommands.signOn(ctx, { name: '陈静', personId: null });
  return ctx;
}

const auditOf = (ctx: CommandContext, table: string, id: string) =>
  ctx.db.audit.where('[table+entityId]').equals([table, id]).toArray();

describe('upgrade item commands', () => {
  it('create an item as planned, with its audit row', async () => {
    const ctx = await setup();
    const made = await createUpgradeItem(ctx, {
      siteId: 's1',
      fields: { ...fields, title: '  <script>alert(1)</script> ' },
    });
    expect(made).toMatchObject({
      state: 'planned',
      title: '<script>alert(1)</script>',
      actualStart: null,
      updatedAt: T0,
    });
    expect(await auditOf(ctx, 'upgradeItems', made.id)).toMatchObject([
      { action: 'create', operator: '陈静', siteId: 's1' },
    ]);
  });

  it('advance moves the linked work in the same transaction, each with an audit row', async () => {
    const ctx = await setup();
    ctx.tick(60_000);
    const done = await advanceUpgradeItem(ctx, { describe: describeDone, id: 'u1', to: 'done' });
    expect(done).toMatchObject({
      state: 'done',
      actualStart: netting.actualStart,
      actualEnd: T0 + 60_000,
      checkedAt: null,
    });
    expect((await ctx.db.perimeterWorks.get('w1'))?.state).toBe('done');
    expect(await auditOf(ctx, 'upgradeItems', 'u1')).toMatchObject([
      { before: { state: 'under-way' }, after: { state: 'done' }, operator: '陈静' },
    ]);
    expect(await auditOf(ctx, 'perimeterWorks', 'w1')).toMatchObject([
      { before: { state: 'under-way' }, after: { state: 'done' } },
    ]);

    ctx.tick(60_000);
    const checked = await advanceUpgradeItem(ctx, { describe: describeDone, id: 'u1', to: 'checked' });
    expect(checked).toMatchObject({ checkedBy: '陈静', checkedAt: T0 + 120_000 });
    expect(
      (await advanceUpgradeItem(ctx, { describe: describeDone, id: 'u1', to: 'checked', by: '王伟' })).checkedBy,
    ).toBe('陈静');
  });

  it('enters works done and checked in the activity log, and a step back or under way not', async () => {
    const ctx = await setup();
    const steps = ['done', 'checked', 'under-way', 'done'] as const;
    for (const to of steps) {
      ctx.tick(60_000);
      await advanceUpgradeItem(ctx, { describe: describeDone, id: 'u1', to, by: '李主任' });
    }
    const lines = await ctx.db.activityLog.where('[siteId+at]').between(['s1', 0], ['s1', Infinity]).toArray();
    expect(lines.map((l) => [l.kind, l.text, l.operator, l.at])).toEqual([
      ['perimeter', '东墙防护网加高一层: done', '陈静', T0 + 60_000],
      ['perimeter', '东墙防护网加高一层: checked 李主任', '陈静', T0 + 120_000],
      ['perimeter', '东墙防护网加高一层: done', '陈静', T0 + 240_000],
    ]);
  });

  it('moving back clears the later dates, and skipping forward dates every step', async () => {
    const ctx = await setup();
    await advanceUpgradeItem(ctx, { describe: describeDone, id: 'u1', to: 'checked', by: '李主任' });
    const back = await advanceUpgradeItem(ctx, {
      describe: describeDone,
      id: 'u1',
      to: 'under-way',
      by: undefined,
      reason: '验收发现南段未固定',
    });
    expect(back).toMatchObject({
      state: 'under-way',
      actualStart: netting.actualStart,
      actualEnd: null,
      checkedAt: null,
      checkedBy: '',
    });
    expect((await ctx.db.perimeterWorks.get('w1'))?.state).toBe('under-way');
    expect((await auditOf(ctx, 'upgradeItems', 'u1')).at(-1)?.reason).toBe('验收发现南段未固定');
    const planned = await advanceUpgradeItem(ctx, { describe: describeDone, id: 'u1', to: 'planned' });
    expect(planned.actualStart).toBeNull();
    ctx.tick(1000);
    expect(await advanceUpgradeItem(ctx, { describe: describeDone, id: 'u1', to: 'done' })).toMatchObject({
      actualStart: T0 + 1000,
      actualEnd: T0 + 1000,
    });
  });

  it('moving to the state it is in writes nothing', async () => {
    const ctx = await setup();
    const before = await ctx.db.audit.count();
    await advanceUpgradeItem(ctx, { describe: describeDone, id: 'u1', to: 'under-way' });
    expect(await ctx.db.audit.count()).toBe(before);
  });

  it('update and delete leave the work alone', async () => {
    const ctx = await setup();
    await updateUpgradeItem(ctx, { opened: netting, fields: { ...fields, workId: 'w1', title: '东墙防护网（南段）' } });
    expect(await ctx.db.upgradeItems.get('u1')).toMatchObject({
      title: '东墙防护网（南段）',
      state: 'under-way',
      responsible: '城运中心',
    });
    await deleteUpgradeItem(ctx, { id: 'u1' });
    expect(await ctx.db.upgradeItems.get('u1')).toBeUndefined();
    expect(await ctx.db.perimeterWorks.get('w1')).toEqual(work);
    expect((await auditOf(ctx, 'upgradeItems', 'u1')).map((r) => r.action)).toEqual(['update', 'delete']);
  });

  it('refuse bad input and leave nothing behind', async () => {
    const ctx = await setup();
    const before = await ctx.db.audit.count();
    await expect(createUpgradeItem(ctx, { siteId: 's1', fields: { ...fields, title: '   ' } })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(
      createUpgradeItem(ctx, { siteId: 's1', fields: { ...fields, plannedEnd: T0 - 1 } }),
    ).rejects.toMatchObject({
      issues: [{ path: ['plannedEnd'] }],
    });
    await expect(
      updateUpgradeItem(ctx, { opened: netting, fields: { ...fields, responsible: 'x'.repeat(121) } }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await ctx.db.upgradeItems.count()).toBe(1);
    expect(await ctx.db.upgradeItems.get('u1')).toEqual(netting);
    expect(await ctx.db.audit.count()).toBe(before);
  });

  it('roll the item back when the linked work cannot be written', async () => {
    const ctx = await setup();
    // A work row that no longer parses: its update fails after the item's was written.
    await ctx.db.perimeterWorks.put({ ...work, label: 'x'.repeat(500) });
    await expect(advanceUpgradeItem(ctx, { describe: describeDone, id: 'u1', to: 'done' })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await ctx.db.upgradeItems.get('u1')).toEqual(netting);
    expect(await auditOf(ctx, 'upgradeItems', 'u1')).toEqual([]);
  });

  it('refuse to write when nobody is on duty', async () => {
    const ctx = await setup(false);
    await expect(advanceUpgradeItem(ctx, { describe: describeDone, id: 'u1', to: 'done' })).rejects.toBeInstanceOf(
      NoOperatorError,
    );
    expect((await ctx.db.perimeterWorks.get('w1'))?.state).toBe('under-way');
  });

  it.each([
    ['ends when it starts', T0, T0],
    ['has no start', null, T0],
    ['has no end', T0, null],
  ])('accept a plan that %s', async (_, plannedStart, plannedEnd) => {
    const ctx = await setup();
    const made = await createUpgradeItem(ctx, { siteId: 's1', fields: { ...fields, plannedStart, plannedEnd } });
    expect(made).toMatchObject({ plannedStart, plannedEnd });
  });

  it('refuse a plan that ends a millisecond before it starts, saying so', async () => {
    const ctx = await setup();
    await expect(
      createUpgradeItem(ctx, { siteId: 's1', fields: { ...fields, plannedStart: T0, plannedEnd: T0 - 1 } }),
    ).rejects.toMatchObject({
      message: 'invalid input: plannedEnd: planned end before planned start',
      issues: [{ code: 'custom', path: ['plannedEnd'], message: 'planned end before planned start', input: T0 - 1 }],
    });
  });

  it('create writes the whole item, unchecked, into its audit row', async () => {
    const ctx = await setup();
    const made = await createUpgradeItem(ctx, { siteId: 's1', fields });
    const [row] = await auditOf(ctx, 'upgradeItems', made.id);
    expect(row?.after).toEqual({
      ...fields,
      id: made.id,
      siteId: 's1',
      state: 'planned',
      actualStart: null,
      actualEnd: null,
      checkedBy: '',
      checkedAt: null,
      updatedAt: T0,
    });
  });

  it('refuse an edit opened before someone else saved the item', async () => {
    const ctx = await setup();
    await updateUpgradeItem(ctx, { opened: netting, fields: { ...fields, title: '东墙防护网（南段）' } });
    await expect(updateUpgradeItem(ctx, { opened: netting, fields })).rejects.toBeInstanceOf(ChangedSinceError);
    expect((await ctx.db.upgradeItems.get('u1'))?.title).toBe('东墙防护网（南段）');
  });

  it('advance names a missing item, and trims who checked it', async () => {
    const ctx = await setup();
    await expect(advanceUpgradeItem(ctx, { describe: describeDone, id: 'u9', to: 'done' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const checked = await advanceUpgradeItem(ctx, { describe: describeDone, id: 'u1', to: 'checked', by: '  李主任 ' });
    expect(checked.checkedBy).toBe('李主任');
    // Only spaces typed: the operator on duty checked it.
    await advanceUpgradeItem(ctx, { describe: describeDone, id: 'u1', to: 'done' });
    expect(
      (await advanceUpgradeItem(ctx, { describe: describeDone, id: 'u1', to: 'checked', by: '   ' })).checkedBy,
    ).toBe('陈静');
    const [row] = await auditOf(ctx, 'upgradeItems', 'u1');
    expect(row && 'reason' in row).toBe(false);
  });

  it.each([
    ['on no work', null],
    ['on a work since deleted', 'w9'],
  ])('advance an item %s without touching any work', async (_, workId) => {
    const ctx = await setup();
    await ctx.db.upgradeItems.put({ ...netting, workId });
    const done = await advanceUpgradeItem(ctx, { describe: describeDone, id: 'u1', to: 'done' });
    expect(done.state).toBe('done');
    expect(await ctx.db.perimeterWorks.toArray()).toEqual([work]);
    expect(await auditOf(ctx, 'perimeterWorks', 'w1')).toEqual([]);
  });
});
