import { describe, expect, it } from 'vitest';
import type { ActivityLogEntry } from '../../../../shared/domain';
import { siteRow } from '../../../../shared/domain/testing/rows';
import { NoOperatorError, NotFoundError, ValidationError } from '../../../db/errors';
import { tableRows, testContext } from '../../../db/testing/commandTesting';
import { makeTestDb } from '../../../db/testing/makeTestDb';
import { logCommands, type DescribeIncident } from './commands';
import { FutureTimeError, IncidentClosedError } from './errors';

const { addEntry, correctEntry, openIncident, closeIncident } = logCommands;

// 2022-04-02 10:00 in Shanghai.
const T0 = Date.UTC(2022, 3, 2, 2, 0);
const MIN = 60_000;
const describeIncident: DescribeIncident = (i) =>
  i.outcome ? `closed: ${i.text} / ${i.outcome}` : `opened: ${i.text}`;

async function setup(signedIn = true) {
  const db = makeTestDb();
  await db.open();
  await db.sites.add(siteRow());
  return testContext(db, T0, signedIn);
}

const auditOf = (ctx: Awaited<ReturnType<typeof setup>>, table: string, id: string) =>
  ctx.db.audit.where('[table+entityId]').equals([table, id]).toArray();

describe('addEntry', () => {
  it('writes a line now, by the operator on duty, with its audit row', async () => {
    const ctx = await setup();
    const entry = await addEntry(ctx, { siteId: 's1', kind: 'note', text: ' 东门外有人聚集，已劝离 ' });
    expect(entry).toMatchObject({
      siteId: 's1',
      at: T0,
      recordedAt: T0,
      kind: 'note',
      text: '东门外有人聚集，已劝离',
      operator: '陈静',
      correctsId: null,
      incidentId: null,
    });
    expect((await auditOf(ctx, 'activityLog', entry.id)).map((a) => a.action)).toEqual(['create']);
  });

  it('keeps a past time as when it happened and now as when it was written', async () => {
    const ctx = await setup();
    const entry = await addEntry(ctx, {
      siteId: 's1',
      kind: 'note',
      text: '凌晨巡逻发现围挡松动',
      at: T0 - 7 * 60 * MIN,
    });
    expect([entry.at, entry.recordedAt]).toEqual([T0 - 7 * 60 * MIN, T0]);
  });

  it('takes an event at this very minute, and refuses one a minute ahead, leaving the log as it was', async () => {
    const ctx = await setup();
    await addEntry(ctx, { siteId: 's1', kind: 'note', text: '现在', at: T0 });
    const before = await tableRows(ctx.db, ['activityLog', 'audit']);
    const refused = addEntry(ctx, { siteId: 's1', kind: 'note', text: '将来', at: T0 + MIN });
    await expect(refused).rejects.toBeInstanceOf(FutureTimeError);
    await expect(refused).rejects.toMatchObject({ params: { at: '2022-04-02 10:01' } });
    expect(await tableRows(ctx.db, ['activityLog', 'audit'])).toEqual(before);
  });

  it('refuses empty text as a bad field, and anything without an operator on duty', async () => {
    const ctx = await setup();
    await expect(addEntry(ctx, { siteId: 's1', kind: 'note', text: '   ' })).rejects.toBeInstanceOf(ValidationError);
    const nobody = await setup(false);
    await expect(addEntry(nobody, { siteId: 's1', kind: 'note', text: 'x' })).rejects.toBeInstanceOf(NoOperatorError);
    expect(await nobody.db.activityLog.count()).toBe(0);
  });
});

describe('correctEntry', () => {
  it('writes a new entry naming the old one, which stays exactly as it was', async () => {
    const ctx = await setup();
    const original = await addEntry(ctx, { siteId: 's1', kind: 'note', text: '3号门 22:10 关闭', at: T0 - 60 * MIN });
    ctx.tick(10 * MIN);
    const correction = await correctEntry(ctx, { entryId: original.id, text: '3号门 22:40 关闭' });
    expect(correction).toMatchObject<Partial<ActivityLogEntry>>({
      correctsId: original.id,
      at: T0 - 60 * MIN,
      recordedAt: T0 + 10 * MIN,
      kind: 'note',
      text: '3号门 22:40 关闭',
    });
    expect(await ctx.db.activityLog.get(original.id)).toEqual(original);
    expect(await ctx.db.activityLog.count()).toBe(2);
  });

  it('refuses an entry that does not exist and a future time', async () => {
    const ctx = await setup();
    const original = await addEntry(ctx, { siteId: 's1', kind: 'note', text: 'x' });
    await expect(correctEntry(ctx, { entryId: 'nope', text: 'y' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(correctEntry(ctx, { entryId: original.id, text: 'y', at: T0 + MIN })).rejects.toBeInstanceOf(
      FutureTimeError,
    );
    expect(await ctx.db.activityLog.count()).toBe(1);
  });
});

describe('incidents', () => {
  it('opens an incident with its log line, and closes it with what was done and a second line', async () => {
    const ctx = await setup();
    const incident = await openIncident(ctx, {
      siteId: 's1',
      category: 'damage',
      text: '东侧围挡被风吹倒两节',
      describe: describeIncident,
    });
    expect(incident).toMatchObject({ state: 'open', openedAt: T0, openedBy: '陈静', category: 'damage' });
    ctx.tick(30 * MIN);
    const closed = await closeIncident(ctx, {
      incidentId: incident.id,
      outcome: '已重新固定',
      describe: describeIncident,
    });
    expect(closed).toMatchObject({ state: 'closed', closedAt: T0 + 30 * MIN, closedBy: '陈静', outcome: '已重新固定' });
    const lines = await ctx.db.activityLog.where('[siteId+at]').between(['s1', 0], ['s1', Infinity]).toArray();
    expect(lines.map((l) => [l.at, l.kind, l.incidentId, l.text])).toEqual([
      [T0, 'incident', incident.id, 'opened: 东侧围挡被风吹倒两节'],
      [T0 + 30 * MIN, 'incident', incident.id, 'closed: 东侧围挡被风吹倒两节 / 已重新固定'],
    ]);
    expect((await auditOf(ctx, 'incidents', incident.id)).map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('refuses to close without what was done, and to close twice, writing nothing', async () => {
    const ctx = await setup();
    const incident = await openIncident(ctx, {
      siteId: 's1',
      category: 'other',
      text: 'x',
      describe: describeIncident,
    });
    const before = await tableRows(ctx.db, ['incidents', 'activityLog', 'audit']);
    const empty = closeIncident(ctx, { incidentId: incident.id, outcome: '  ', describe: describeIncident });
    await expect(empty).rejects.toBeInstanceOf(ValidationError);
    await expect(empty).rejects.toMatchObject({ issues: [{ path: ['outcome'] }] });
    expect(await tableRows(ctx.db, ['incidents', 'activityLog', 'audit'])).toEqual(before);

    await closeIncident(ctx, { incidentId: incident.id, outcome: '处理完毕', describe: describeIncident });
    const after = await tableRows(ctx.db, ['incidents', 'activityLog', 'audit']);
    const twice = closeIncident(ctx, { incidentId: incident.id, outcome: '再次', describe: describeIncident });
    await expect(twice).rejects.toBeInstanceOf(IncidentClosedError);
    await expect(twice).rejects.toMatchObject({ params: { at: '2022-04-02 10:00' } });
    expect(await tableRows(ctx.db, ['incidents', 'activityLog', 'audit'])).toEqual(after);
  });

  it('refuses an incident dated in the future', async () => {
    const ctx = await setup();
    await expect(
      openIncident(ctx, { siteId: 's1', category: 'other', text: 'x', at: T0 + MIN, describe: describeIncident }),
    ).rejects.toBeInstanceOf(FutureTimeError);
    expect(await ctx.db.incidents.count()).toBe(0);
  });
});
