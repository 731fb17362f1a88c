import { describe, expect, it } from 'vitest';
import type { Entrance } from '../../../shared/domain';
import type { CommandContext } from '../../db/commandContext';
import { ChangedSinceError, NoOperatorError, ValidationError } from '../../db/errors';
import { sessionCommands } from '../../db/session';
import { tableRows } from '../../db/testing/commandTesting';
import { doorway } from '../../db/testing/doorway';
import { makeTestDb } from '../../db/testing/makeTestDb';
import { entranceCommands, type DescribeStateChange } from './commands';

const entrance: Entrance = doorway(3);

const describeChange: DescribeStateChange = ({ before, after, reason, operator }) =>
  `${after.name} ${before.state} → ${after.state}${reason ? `，原因：${reason}` : ''}，操作员 ${operator}`;

async function setup(): Promise<CommandContext> {
  const db = makeTestDb();
  await db.open();
  await db.entrances.add(entrance);
  let t = Date.UTC(2021, 10, 27, 6, 5);
  return { db, clock: { now: () => (t += 1000) } };
}

const setState = (ctx: CommandContext, state: Entrance['state'], reason = '') =>
  entranceCommands.setEntranceState(ctx, { entranceId: 'e3', state, reason, describe: describeChange });

describe('changing an entrance state', () => {
  it('refuse to write anything when nobody is on duty', async () => {
    const ctx = await setup();
    await expect(
      entranceCommands.setEntranceState(ctx, {
        entranceId: 'e3',
        state: 'controlled-open',
        reason: '',
        describe: describeChange,
      }),
    ).rejects.toBeInstanceOf(NoOperatorError);
    expect((await ctx.db.entrances.get('e3'))?.state).toBe('sealed');
    expect(await ctx.db.audit.count()).toBe(0);
  });

  it('write the change and its audit row, attributed to the operator, in one go', async () => {
    const ctx = await setup();
    await sessionCommands.signOn(ctx, { name: '王伟', personId: null });
    await entranceCommands.setEntranceState(ctx, {
      entranceId: 'e3',
      state: 'controlled-open',
      reason: '救护车接送透析病人',
      describe: describeChange,
    });
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
    await entranceCommands.setEntranceState(ctx, {
      entranceId: 'e3',
      state: 'sealed',
      reason: '  ',
      describe: describeChange,
    });
    const again = await ctx.db.audit.where('[table+entityId]').equals(['entrances', 'e3']).toArray();
    expect(again[1]?.reason).toBeUndefined();
    // Each change also went into the post's activity log, in order, in the same transactions.
    const log = await ctx.db.activityLog.where('[siteId+at]').between(['s1', 0], ['s1', Infinity]).toArray();
    expect(log.map((e) => [e.kind, e.text, e.operator])).toEqual([
      ['entrance-state', '沿街门洞3 sealed → controlled-open，原因：救护车接送透析病人，操作员 王伟', '王伟'],
      ['entrance-state', '沿街门洞3 controlled-open → sealed，操作员 王伟', '王伟'],
    ]);
  });

  it('from two windows in quick succession: both land, in order, each audited and logged', async () => {
    const ctx = await setup();
    await sessionCommands.signOn(ctx, { name: '王伟', personId: null });
    // Two windows on the same store, each with the doorway as it showed it (sealed).
    await Promise.all([setState(ctx, 'controlled-open', '救护车出'), setState(ctx, 'emergency-only', '改为应急')]);
    const rows = await ctx.db.audit.where('[table+entityId]').equals(['entrances', 'e3']).toArray();
    expect(rows.map((r) => [r.before, r.after].map((e) => (e as Entrance).state))).toEqual([
      ['sealed', 'controlled-open'],
      ['controlled-open', 'emergency-only'],
    ]);
    expect((await ctx.db.entrances.get('e3'))?.state).toBe('emergency-only');
    expect(await ctx.db.activityLog.count()).toBe(2);
  });

  it('to the state it is already in (set meanwhile in another window) writes nothing: no audit row, no log entry', async () => {
    const ctx = await setup();
    await sessionCommands.signOn(ctx, { name: '王伟', personId: null });
    await setState(ctx, 'controlled-open');
    const audit = await ctx.db.audit.count();
    const change = await setState(ctx, 'controlled-open', '另一窗口也点了');
    expect(change.after).toEqual(change.before);
    expect(await ctx.db.audit.count()).toBe(audit);
    expect(await ctx.db.activityLog.count()).toBe(1);
  });

  it('chosen in a dialog opened before another window changed the entrance: refused, naming who and when, and nothing is written', async () => {
    const ctx = await setup();
    await sessionCommands.signOn(ctx, { name: '王伟', personId: null });
    // Window B opened its dialog on the doorway sealed; window A then set it controlled-open.
    const seenByB = await ctx.db.entrances.get('e3');
    await setState(ctx, 'controlled-open', '救护车出');
    const before = await tableRows(ctx.db, ['entrances', 'audit', 'activityLog']);
    const lastChange = before.audit.at(-1);

    const refused = entranceCommands.setEntranceState(ctx, {
      entranceId: 'e3',
      state: 'emergency-only',
      reason: '改为应急',
      describe: describeChange,
      expected: seenByB,
    });
    await expect(refused).rejects.toBeInstanceOf(ChangedSinceError);
    await expect(refused).rejects.toMatchObject({ by: '王伟', at: lastChange?.at });
    expect(await tableRows(ctx.db, ['entrances', 'audit', 'activityLog'])).toEqual(before);

    // The same choice made on the entrance as it is now is written after A's, both kept.
    await entranceCommands.setEntranceState(ctx, {
      entranceId: 'e3',
      state: 'emergency-only',
      reason: '改为应急',
      describe: describeChange,
      expected: await ctx.db.entrances.get('e3'),
    });
    const rows = await ctx.db.audit.where('[table+entityId]').equals(['entrances', 'e3']).toArray();
    expect(rows.map((r) => [r.before, r.after].map((e) => (e as Entrance).state))).toEqual([
      ['sealed', 'controlled-open'],
      ['controlled-open', 'emergency-only'],
    ]);
    expect(await ctx.db.activityLog.count()).toBe(2);
  });

  it('refuses a reason longer than 500 characters, naming the reason, whatever the input allowed', async () => {
    const ctx = await setup();
    await sessionCommands.signOn(ctx, { name: '王伟', personId: null });
    const audit = await ctx.db.audit.count();
    for (const length of [501, 1_900, 100_000]) {
      const refused = setState(ctx, 'controlled-open', '救'.repeat(length));
      await expect(refused).rejects.toBeInstanceOf(ValidationError);
      await expect(refused).rejects.toMatchObject({ issues: [{ path: ['reason'] }] });
    }
    expect((await ctx.db.entrances.get('e3'))?.state).toBe('sealed');
    expect(await ctx.db.audit.count()).toBe(audit);
    expect(await ctx.db.activityLog.count()).toBe(0);
    // 500 is allowed, and stored whole.
    await setState(ctx, 'controlled-open', '救'.repeat(500));
    const last = await ctx.db.audit.where('[table+entityId]').equals(['entrances', 'e3']).last();
    expect(last?.reason).toHaveLength(500);
  });
});
