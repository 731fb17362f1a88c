import { describe, expect, it } from 'vitest';
import type { Site } from '../../../../shared/domain';
import { makeTestDb } from '../../../db/testing/makeTestDb';
import { tableRows, testContext } from '../../../db/testing/commandTesting';
import { ChangedSinceError, ValidationError } from '../../../db/errors';
import { patternCommands } from './commands';

const { createPattern, updatePattern, setShiftRules } = patternCommands;
const T0 = Date.UTC(2026, 10, 28, 2);
const site: Site = {
  id: 's1',
  name: '香樟苑',
  town: '',
  timeZone: 'Asia/Shanghai',
  residents: 0,
  closureStartedAt: null,
  plan: { kind: 'grid', width: 800, height: 600, metresPerUnit: 0.5 },
  shiftRules: { minRestMinutes: 480, maxMinutesPer24h: 720, lateGraceMinutes: 15 },
  patrolRules: { startGraceMinutes: 10, overrunGraceMinutes: 10 },
  createdAt: 0,
};

async function setup() {
  const db = makeTestDb();
  await db.open();
  await db.sites.add(site);
  return testContext(db, T0);
}

describe('pattern commands', () => {
  it('make a pattern of two 12-hour shifts, the night one crossing midnight', async () => {
    const ctx = await setup();
    const p = await createPattern(ctx, {
      siteId: 's1',
      name: '两班倒',
      slots: [
        { name: '白班', startMinute: 480, durationMinutes: 720 },
        { name: '夜班', startMinute: 1200, durationMinutes: 720 },
      ],
    });
    expect(await ctx.db.shiftPatterns.get(p.id)).toMatchObject({
      name: '两班倒',
      slots: [{ name: '白班' }, { name: '夜班' }],
    });
  });

  it('save an edit, and refuse one over a change made since', async () => {
    const ctx = await setup();
    const opened = await createPattern(ctx, {
      siteId: 's1',
      name: '三班倒',
      slots: [{ name: '白班', startMinute: 480, durationMinutes: 480 }],
    });
    await updatePattern(ctx, { opened, name: '三班倒（新）', slots: opened.slots });
    await expect(updatePattern(ctx, { opened, name: '别的', slots: opened.slots })).rejects.toBeInstanceOf(
      ChangedSinceError,
    );
    expect((await ctx.db.shiftPatterns.get(opened.id))?.name).toBe('三班倒（新）');
  });

  it('refuse a slot shorter than half an hour or a pattern without slots', async () => {
    const ctx = await setup();
    await expect(
      createPattern(ctx, { siteId: 's1', name: 'x', slots: [{ name: '短', startMinute: 0, durationMinutes: 29 }] }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(createPattern(ctx, { siteId: 's1', name: 'x', slots: [] })).rejects.toBeInstanceOf(ValidationError);
    expect(await ctx.db.shiftPatterns.count()).toBe(0);
  });

  it('set the board’s rules within their bounds, refusing a rest of -1 or 100 hours', async () => {
    const ctx = await setup();
    const after = await setShiftRules(ctx, {
      siteId: 's1',
      rules: { minRestMinutes: 600, maxMinutesPer24h: 600, lateGraceMinutes: 0 },
    });
    expect(after.shiftRules).toEqual({ minRestMinutes: 600, maxMinutesPer24h: 600, lateGraceMinutes: 0 });
    const before = await tableRows(ctx.db, ['sites', 'audit']);
    for (const minRestMinutes of [-60, 100 * 60]) {
      await expect(
        setShiftRules(ctx, { siteId: 's1', rules: { minRestMinutes, maxMinutesPer24h: 720, lateGraceMinutes: 15 } }),
      ).rejects.toBeInstanceOf(ValidationError);
    }
    expect(await tableRows(ctx.db, ['sites', 'audit'])).toEqual(before);
  });
});
