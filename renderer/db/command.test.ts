import { describe, expect, it } from 'vitest';
import { entranceSchema, type Entrance } from '../../shared/domain';
import { setEntranceState, type DescribeStateChange } from '../features/entrances/data';
import { setOperator } from '../features/operator/data';
import { runCommand } from './command';
import type { CommandContext } from './commandContext';
import { NoOperatorError, ValidationError } from './errors';
import { makeTestDb } from './testing/makeTestDb';

const entrance: Entrance = {
  id: 'e3',
  siteId: 's1',
  number: 5,
  name: '沿街门洞3',
  kind: 'street-doorway',
  state: 'sealed',
  position: { x: 10, y: 20 },
  note: '',
};

const describeChange: DescribeStateChange = ({ before, after, reason, operator }) =>
  `${after.name} ${before.state} → ${after.state}${reason ? `，原因：${reason}` : ''}，操作员 ${operator}`;

async function setup(): Promise<CommandContext> {
  const db = makeTestDb();
  await db.open();
  await db.entrances.add(entrance);
  let t = Date.UTC(2021, 10, 27, 6, 5);
  return { db, clock: { now: () => (t += 1000) } };
}

describe('commands', () => {
  it('refuse to write anything when nobody is on duty', async () => {
    const ctx = await setup();
    await expect(setEntranceState(ctx, 'e3', 'controlled-open', '', describeChange)).rejects.toBeInstanceOf(
      NoOperatorError,
    );
    expect((await ctx.db.entrances.get('e3'))?.state).toBe('sealed');
    expect(await ctx.db.audit.count()).toBe(0);
  });

  it('write the change and its audit row, attributed to the operator, in one go', async () => {
    const ctx = await setup();
    await setOperator(ctx, { name: '王伟', personId: null });
    await setEntranceState(ctx, 'e3', 'controlled-open', '救护车接送透析病人', describeChange);
    const stored = await ctx.db.entrances.get('e3');
    expect(stored?.state).toBe('controlled-open');
    expect(stored?.note).toBe('');
    const rows = await ctx.db.audit.where('[table+entityId]').equals(['entrances', 'e3']).toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      operator: '王伟',
      action: 'update',
      siteId: 's1',
      reason: '救护车接送透析病人',
      before: { state: 'sealed' },
      after: { state: 'controlled-open' },
    });
    await setEntranceState(ctx, 'e3', 'sealed', '  ', describeChange);
    const again = await ctx.db.audit.where('[table+entityId]').equals(['entrances', 'e3']).toArray();
    expect(again[1]?.reason).toBeUndefined();
    // Each change also went into the post's activity log, in order, in the same transactions.
    const log = await ctx.db.activityLog.where('[siteId+at]').between(['s1', 0], ['s1', Infinity]).toArray();
    expect(log.map((e) => [e.kind, e.text, e.operator])).toEqual([
      ['entrance-state', '沿街门洞3 sealed → controlled-open，原因：救护车接送透析病人，操作员 王伟', '王伟'],
      ['entrance-state', '沿街门洞3 controlled-open → sealed，操作员 王伟', '王伟'],
    ]);
  });

  it('signing on is itself audited, by the one coming on duty', async () => {
    const ctx = await setup();
    await setOperator(ctx, { name: '王伟', personId: null });
    await setOperator(ctx, { name: 'Li Na', personId: 'p2' });
    const rows = await ctx.db.audit.where('[table+entityId]').equals(['operator', 'p2']).toArray();
    expect(rows[0]).toMatchObject({
      operator: 'Li Na',
      before: { name: '王伟' },
      after: { name: 'Li Na', personId: 'p2' },
    });
  });

  it('leave nothing behind when the input is invalid or a later step fails', async () => {
    const ctx = await setup();
    await setOperator(ctx, { name: '王伟', personId: null });
    const before = await ctx.db.audit.count();
    await expect(
      runCommand(ctx, ['entrances'], (w) => w.update('entrances', entranceSchema, 'e3', () => ({ number: -1 }))),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      runCommand(ctx, ['entrances'], async (w) => {
        await w.update('entrances', entranceSchema, 'e3', () => ({ state: 'closed' as const }));
        throw new Error('power cut');
      }),
    ).rejects.toThrow('power cut');
    expect(await ctx.db.entrances.get('e3')).toEqual(entrance);
    expect(await ctx.db.audit.count()).toBe(before);
  });

  it('change many rows at once with one audit row each, or none of them when one is invalid', async () => {
    const ctx = await setup();
    await setOperator(ctx, { name: '王伟', personId: null });
    const more: Entrance[] = [1, 2, 3].map((n) => ({
      ...entrance,
      id: `e${n + 10}`,
      number: n + 10,
      position: { x: n, y: n },
    }));
    await ctx.db.entrances.bulkAdd(more);
    const rows = await ctx.db.entrances.where('siteId').equals('s1').toArray();
    const auditBefore = await ctx.db.audit.count();

    const after = await runCommand(ctx, ['entrances'], (w) =>
      w.updateMany(
        'entrances',
        entranceSchema,
        rows,
        (e) => ({ position: { x: e.position.x * 2, y: e.position.y * 2 } }),
        ' 换了平面图 ',
      ),
    );
    expect(after.map((e) => e.position)).toEqual(rows.map((e) => ({ x: e.position.x * 2, y: e.position.y * 2 })));
    expect((await ctx.db.entrances.get('e12'))?.position).toEqual({ x: 4, y: 4 });
    const audit = (await ctx.db.audit.toArray()).slice(auditBefore);
    expect(audit.map((a) => a.entityId).sort()).toEqual(rows.map((e) => e.id).sort());
    expect(audit[0]).toMatchObject({
      action: 'update',
      table: 'entrances',
      siteId: 's1',
      operator: '王伟',
      reason: '换了平面图',
    });
    const e12 = audit.find((a) => a.entityId === 'e12');
    expect(e12?.before).toMatchObject({ position: { x: 2, y: 2 } });
    expect(e12?.after).toMatchObject({ position: { x: 4, y: 4 } });

    // One row the schema refuses: nothing of the batch is written, nor audited.
    const stored = await ctx.db.entrances.toArray();
    const auditCount = await ctx.db.audit.count();
    await expect(
      runCommand(ctx, ['entrances'], (w) =>
        w.updateMany('entrances', entranceSchema, stored, (e) =>
          e.id === 'e13' ? { number: -1 } : { position: { x: 0, y: 0 } },
        ),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await ctx.db.entrances.toArray()).toEqual(stored);
    expect(await ctx.db.audit.count()).toBe(auditCount);
  });

  it('store names with markup exactly as typed', async () => {
    const ctx = await setup();
    await setOperator(ctx, { name: '<script>alert(1)</script>', personId: null });
    await runCommand(ctx, ['entrances'], (w) =>
      w.update('entrances', entranceSchema, 'e3', () => ({ name: '<img src=x onerror=alert(1)>' })),
    );
    expect((await ctx.db.entrances.get('e3'))?.name).toBe('<img src=x onerror=alert(1)>');
    expect((await ctx.db.audit.toCollection().last())?.operator).toBe('<script>alert(1)</script>');
  });
});
