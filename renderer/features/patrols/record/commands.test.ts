import { describe, expect, it } from 'vitest';
import type { Checkpoint } from '../../../../shared/domain';
import { routeRow, siteRow } from '../../../../shared/domain/testing/rows';
import { NoOperatorError, ValidationError } from '../../../db/errors';
import { tableRows, testContext, type TestContext } from '../../../db/testing/commandTesting';
import { makeTestDb } from '../../../db/testing/makeTestDb';
import { roundCommands, type DescribeRoundEvent, type RoundEvent } from './commands';
import {
  CheckpointDoneError,
  IncidentRaisedError,
  NoCheckpointsError,
  NotNextError,
  RoundEndedError,
  RoundStartedError,
  RoundTimeError,
} from './refusals';

const MIN = 60_000;
const DUE = Date.UTC(2021, 10, 27, 2, 0); // 10:00 in Shanghai
const describe_: DescribeRoundEvent = (e) => JSON.stringify(e);
const event = (text: string): RoundEvent => JSON.parse(text) as RoundEvent;
const cp = (id: string, order: number, more: Partial<Checkpoint> = {}): Checkpoint => ({
  id,
  siteId: 's1',
  routeId: 'r1',
  order,
  name: `点${order}`,
  checks: '警戒线完好',
  position: { x: order, y: 0 },
  active: true,
  ...more,
});
const written = ['patrols', 'checkpointVisits', 'incidents', 'activityLog', 'audit'] as const;

async function setup(order: 'fixed' | 'any' | 'shuffled' = 'fixed', now = DUE + 5 * MIN): Promise<TestContext> {
  const db = makeTestDb();
  await db.open();
  await db.sites.add(siteRow());
  await db.patrolRoutes.add(routeRow('r1', { order }));
  await db.checkpoints.bulkAdd([cp('c1', 1), cp('c2', 2), cp('c3', 3), cp('c0', 4, { active: false })]);
  return testContext(db, now);
}
const start = (ctx: TestContext, at = DUE + 2 * MIN) =>
  roundCommands.startRound(ctx, {
    routeId: 'r1',
    dueAt: DUE,
    personIds: ['pe1', 'pe2', 'pe1'],
    at,
    describe: describe_,
  });
const reach = (ctx: TestContext, patrolId: string, checkpointId: string, at: number, note = '') =>
  roundCommands.reachCheckpoint(ctx, { patrolId, checkpointId, at, category: note ? 'damage' : null, note });

describe('starting a round', () => {
  it('keeps the route name and the active checkpoints in order on the round, audited, no log line when on time', async () => {
    const ctx = await setup();
    const patrol = await start(ctx);
    expect(patrol).toMatchObject({
      routeName: '外围巡逻',
      dueAt: DUE,
      startedAt: DUE + 2 * MIN,
      endedAt: null,
      personIds: ['pe1', 'pe2'],
      ordered: true,
      checkpoints: [
        { id: 'c1', name: '点1', checks: '警戒线完好' },
        { id: 'c2', name: '点2', checks: '警戒线完好' },
        { id: 'c3', name: '点3', checks: '警戒线完好' },
      ],
    });
    expect(await ctx.db.audit.where('[table+entityId]').equals(['patrols', patrol.id]).count()).toBe(1);
    expect(await ctx.db.activityLog.count()).toBe(0);
  });

  it('writes a log line when it starts after the grace, not at exactly the grace', async () => {
    const onTime = await setup('fixed', DUE + 20 * MIN);
    await start(onTime, DUE + 10 * MIN);
    expect(await onTime.db.activityLog.count()).toBe(0);
    const late = await setup('fixed', DUE + 20 * MIN);
    await start(late, DUE + 11 * MIN);
    expect((await late.db.activityLog.toArray()).map((e) => [e.kind, e.at, event(e.text)])).toEqual([
      ['patrol', DUE + 11 * MIN, { kind: 'startedLate', route: '外围巡逻', dueAt: DUE, minutes: 11 }],
    ]);
  });

  it('is refused twice, in the future, on a route with no checkpoints, or with nobody on duty, writing nothing', async () => {
    const ctx = await setup();
    await start(ctx);
    const before = await tableRows(ctx.db, written);
    await expect(start(ctx)).rejects.toBeInstanceOf(RoundStartedError);
    const fresh = await setup();
    await expect(start(fresh, DUE + 6 * MIN)).rejects.toEqual(new RoundTimeError('future'));
    await fresh.db.checkpoints.clear();
    await expect(start(fresh)).rejects.toBeInstanceOf(NoCheckpointsError);
    expect(await tableRows(ctx.db, written)).toEqual(before);
    const nobody = await testContext(fresh.db, DUE, false);
    await fresh.db.settings.clear();
    await expect(start(nobody)).rejects.toBeInstanceOf(NoOperatorError);
  });

  it('asks a shuffled route’s checkpoints in the order drawn for the round', async () => {
    const ctx = await setup('shuffled');
    const patrol = await start(ctx);
    expect(patrol.ordered).toBe(true);
    expect(patrol.checkpoints.map((c) => c.id).sort()).toEqual(['c1', 'c2', 'c3']);
  });
});

describe('reporting checkpoints', () => {
  it('records reached, observed and skipped checkpoints in order', async () => {
    const ctx = await setup('fixed', DUE + 30 * MIN);
    const { id } = await start(ctx);
    await reach(ctx, id, 'c1', DUE + 5 * MIN);
    await reach(ctx, id, 'c2', DUE + 9 * MIN, '护栏被推开一米');
    await roundCommands.skipCheckpoint(ctx, {
      patrolId: id,
      checkpointId: 'c3',
      at: DUE + 12 * MIN,
      reason: '积水过深',
    });
    const visits = (await ctx.db.checkpointVisits.toArray()).sort((a, b) => a.at - b.at);
    expect(visits.map((v) => [v.checkpointId, v.at, v.status, v.observation, v.category, v.note])).toEqual([
      ['c1', DUE + 5 * MIN, 'reached', 'all-clear', null, ''],
      ['c2', DUE + 9 * MIN, 'reached', 'observation', 'damage', '护栏被推开一米'],
      ['c3', DUE + 12 * MIN, 'skipped', 'all-clear', null, '积水过深'],
    ]);
  });

  it('refuses a time in the future, before the start or before the last report, and one out of order', async () => {
    const ctx = await setup('fixed', DUE + 30 * MIN);
    const { id } = await start(ctx);
    await expect(reach(ctx, id, 'c1', DUE + 31 * MIN)).rejects.toEqual(new RoundTimeError('future'));
    await expect(reach(ctx, id, 'c1', DUE + MIN)).rejects.toEqual(new RoundTimeError('beforeStart'));
    await expect(reach(ctx, id, 'c2', DUE + 5 * MIN)).rejects.toEqual(new NotNextError('点1'));
    await reach(ctx, id, 'c1', DUE + 10 * MIN);
    await expect(reach(ctx, id, 'c2', DUE + 9 * MIN)).rejects.toEqual(new RoundTimeError('beforeLast'));
    await expect(reach(ctx, id, 'c1', DUE + 11 * MIN)).rejects.toBeInstanceOf(CheckpointDoneError);
    expect(await ctx.db.checkpointVisits.count()).toBe(1);
  });

  it('lets an any-order round go in any order, and wants words for an observation or a skip', async () => {
    const ctx = await setup('any', DUE + 30 * MIN);
    const { id } = await start(ctx);
    await reach(ctx, id, 'c3', DUE + 5 * MIN);
    await expect(
      roundCommands.reachCheckpoint(ctx, {
        patrolId: id,
        checkpointId: 'c1',
        at: DUE + 6 * MIN,
        category: 'vehicle',
        note: ' ',
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      roundCommands.skipCheckpoint(ctx, { patrolId: id, checkpointId: 'c1', at: DUE + 6 * MIN, reason: '' }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await ctx.db.checkpointVisits.count()).toBe(1);
  });
});

describe('ending a round', () => {
  it('writes the checkpoints not reached and a round out too long into the log', async () => {
    const ctx = await setup('fixed', DUE + 60 * MIN);
    const { id } = await start(ctx);
    await reach(ctx, id, 'c1', DUE + 5 * MIN);
    await roundCommands.skipCheckpoint(ctx, { patrolId: id, checkpointId: 'c2', at: DUE + 8 * MIN, reason: '封路' });
    const ended = await roundCommands.endRound(ctx, { patrolId: id, at: DUE + 40 * MIN, describe: describe_ });
    expect(ended.endedAt).toBe(DUE + 40 * MIN);
    expect(
      (await ctx.db.activityLog.toArray()).map((e) => event(e.text)).sort((a, b) => a.kind.localeCompare(b.kind)),
    ).toEqual([
      { kind: 'endedShort', route: '外围巡逻', dueAt: DUE, unreached: 2 },
      { kind: 'overran', route: '外围巡逻', dueAt: DUE, minutes: 13 },
    ]);
    await expect(
      roundCommands.endRound(ctx, { patrolId: id, at: DUE + 41 * MIN, describe: describe_ }),
    ).rejects.toBeInstanceOf(RoundEndedError);
    await expect(reach(ctx, id, 'c3', DUE + 41 * MIN)).rejects.toBeInstanceOf(RoundEndedError);
  });

  it('writes nothing more for a whole round back in time, and refuses an end before the last report', async () => {
    const ctx = await setup('fixed', DUE + 60 * MIN);
    const { id } = await start(ctx);
    for (const [c, m] of [
      ['c1', 5],
      ['c2', 10],
      ['c3', 15],
    ] as const)
      await reach(ctx, id, c, DUE + m * MIN);
    await expect(
      roundCommands.endRound(ctx, { patrolId: id, at: DUE + 14 * MIN, describe: describe_ }),
    ).rejects.toEqual(new RoundTimeError('beforeLast'));
    await roundCommands.endRound(ctx, { patrolId: id, at: DUE + 37 * MIN, describe: describe_ });
    expect(await ctx.db.activityLog.count()).toBe(0);
  });
});

describe('raising an observation to an incident', () => {
  it('opens the incident and writes it into the log, once', async () => {
    const ctx = await setup('fixed', DUE + 30 * MIN);
    const { id } = await start(ctx);
    const visit = await reach(ctx, id, 'c1', DUE + 5 * MIN, '护栏被推开一米');
    const incident = await roundCommands.raiseIncident(ctx, { visitId: visit.id, describe: describe_ });
    expect(incident).toMatchObject({
      state: 'open',
      category: 'damage',
      text: '点1 · 护栏被推开一米',
      openedBy: '陈静',
      openedAt: DUE + 30 * MIN,
      patrolId: id,
      visitId: visit.id,
      closedAt: null,
    });
    expect(await ctx.db.activityLog.toArray()).toMatchObject([{ kind: 'incident', incidentId: incident.id }]);
    await expect(roundCommands.raiseIncident(ctx, { visitId: visit.id, describe: describe_ })).rejects.toBeInstanceOf(
      IncidentRaisedError,
    );
    expect(await ctx.db.incidents.count()).toBe(1);
  });
});
