import { describe, expect, it } from 'vitest';
import { makeTestDb } from '../../../db/testing/makeTestDb';
import { testContext } from '../../../db/testing/commandTesting';
import { missedRoundCommands } from './commands';

const DUE = Date.UTC(2021, 10, 27, 2, 0);
const NOW = DUE + 75 * 60_000;
const input = { siteId: 's1', routeId: 'r1', dueAt: DUE, missedAt: DUE + 3600_000, text: '外围巡逻 10:00 一轮漏巡' };

describe('logging a missed round', () => {
  it('writes one patrol entry at the time it was missed, by Cordon, with nobody signed on', async () => {
    const db = makeTestDb();
    const ctx = await testContext(db, NOW, false);
    expect(await missedRoundCommands.logMissedRound(ctx, input)).toBe(true);
    const entries = await db.activityLog.toArray();
    expect(entries).toEqual([
      {
        id: `missed-r1-${DUE}`,
        siteId: 's1',
        at: DUE + 3600_000,
        recordedAt: NOW,
        kind: 'patrol',
        text: '外围巡逻 10:00 一轮漏巡',
        operator: 'Cordon',
        correctsId: null,
        incidentId: null,
      },
    ]);
    expect(
      await db.audit
        .where('[table+entityId]')
        .equals(['activityLog', `missed-r1-${DUE}`])
        .count(),
    ).toBe(1);
  });

  it('writes nothing for a round already written, from this window or another', async () => {
    const db = makeTestDb();
    const ctx = await testContext(db, NOW, false);
    await missedRoundCommands.logMissedRound(ctx, input);
    expect(await missedRoundCommands.logMissedRound(ctx, { ...input, text: 'again' })).toBe(false);
    expect(await missedRoundCommands.logMissedRound(ctx, { ...input, dueAt: DUE + 3600_000 })).toBe(true);
    expect((await db.activityLog.toArray()).map((e) => e.text)).toEqual([
      '外围巡逻 10:00 一轮漏巡',
      '外围巡逻 10:00 一轮漏巡',
    ]);
    expect(await db.audit.count()).toBe(2);
  });
});
