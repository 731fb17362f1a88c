import { describe, expect, it } from 'vitest';
import { siteRow } from '../../../../shared/domain/testing/rows';
import { tableRows, testContext } from '../../../db/testing/commandTesting';
import { makeTestDb } from '../../../db/testing/makeTestDb';
import { FutureTimeError } from '../activity/errors';
import { crossingCommands, type CrossingInput } from './commands';
import { AlreadyPairedError, PairDirectionError, PairOrderError } from './errors';

const { recordCrossing } = crossingCommands;

// 2022-04-02 10:00 in Shanghai.
const T0 = Date.UTC(2022, 3, 2, 2, 0);
const MIN = 60_000;

async function setup() {
  const db = makeTestDb();
  await db.open();
  await db.sites.add(siteRow());
  return testContext(db, T0);
}

const ambulance = (more: Partial<CrossingInput> = {}): CrossingInput => ({
  siteId: 's1',
  entranceId: 'e1',
  direction: 'out',
  subjectKind: 'ambulance',
  subject: '120 救护车 沪A·12345',
  reason: '7号楼302室透析',
  authorisedBy: '王建国',
  ...more,
});

describe('recordCrossing', () => {
  it('records a crossing now, unpaired, with its audit row', async () => {
    const ctx = await setup();
    const row = await recordCrossing(ctx, ambulance());
    expect(row).toMatchObject({ at: T0, direction: 'out', subjectKind: 'ambulance', pairId: null });
    const audit = await ctx.db.audit.where('[table+entityId]').equals(['entranceLog', row.id]).toArray();
    expect(audit.map((a) => [a.action, a.operator])).toEqual([['create', '陈静']]);
  });

  it('pairs the way back with the trip out: both rows name each other', async () => {
    const ctx = await setup();
    const out = await recordCrossing(ctx, ambulance({ at: T0 - 90 * MIN }));
    const back = await recordCrossing(ctx, ambulance({ direction: 'in', pairWith: out.id }));
    expect(back.pairId).toBe(out.id);
    expect((await ctx.db.entranceLog.get(out.id))?.pairId).toBe(back.id);
  });

  it('takes a way back at the very minute of the way out', async () => {
    const ctx = await setup();
    const out = await recordCrossing(ctx, ambulance());
    const back = await recordCrossing(ctx, ambulance({ direction: 'in', pairWith: out.id }));
    expect([out.at, back.at]).toEqual([T0, T0]);
  });

  it('refuses a future time, out with out, a trip already paired, and back before out, writing nothing', async () => {
    const ctx = await setup();
    const out = await recordCrossing(ctx, ambulance({ at: T0 - 30 * MIN }));
    const before = await tableRows(ctx.db, ['entranceLog', 'audit']);
    const future = recordCrossing(ctx, ambulance({ at: T0 + MIN }));
    await expect(future).rejects.toBeInstanceOf(FutureTimeError);
    await expect(future).rejects.toMatchObject({ params: { at: '2022-04-02 10:01' } });
    await expect(recordCrossing(ctx, ambulance({ pairWith: out.id }))).rejects.toBeInstanceOf(PairDirectionError);
    const early = recordCrossing(ctx, ambulance({ direction: 'in', at: T0 - 31 * MIN, pairWith: out.id }));
    await expect(early).rejects.toBeInstanceOf(PairOrderError);
    await expect(early).rejects.toMatchObject({ params: { at: '2022-04-02 09:30' } });
    expect(await tableRows(ctx.db, ['entranceLog', 'audit'])).toEqual(before);

    await recordCrossing(ctx, ambulance({ direction: 'in', pairWith: out.id }));
    const paired = await tableRows(ctx.db, ['entranceLog', 'audit']);
    await expect(recordCrossing(ctx, ambulance({ direction: 'in', pairWith: out.id }))).rejects.toBeInstanceOf(
      AlreadyPairedError,
    );
    expect(await tableRows(ctx.db, ['entranceLog', 'audit'])).toEqual(paired);
  });
});
