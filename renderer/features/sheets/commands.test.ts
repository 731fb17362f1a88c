import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../db/errors';
import { makeTestDb } from '../../db/testing/makeTestDb';
import { tableRows, testContext } from '../../db/testing/commandTesting';
import { sheetCommands } from './commands';

const { issue } = sheetCommands;
const T0 = Date.UTC(2026, 10, 28, 2, 12);

async function setup() {
  const db = makeTestDb();
  await db.open();
  await db.shifts.add({
    id: 'day',
    siteId: 's1',
    patternId: 'p',
    slotIndex: 1,
    name: '白班',
    date: '2026-11-28',
    startsAt: T0 - 2 * 3_600_000,
    endsAt: T0 + 6 * 3_600_000,
    leaderId: null,
  });
  return testContext(db, T0);
}

const input = (siteId = 's1') => ({
  siteId,
  kind: 'shift' as const,
  shiftId: siteId === 's1' ? 'day' : null,
  date: '2026-11-28',
  describe: (n: string) => `打印交班单 ${n}`,
});

describe('issuing a sheet number', () => {
  it('numbers a site’s sheets 1, 2, 3, each with its audit row and a log line', async () => {
    const ctx = await setup();
    const first = await issue(ctx, input());
    ctx.tick(60_000);
    const second = await issue(ctx, { ...input(), kind: 'day-roster', shiftId: null });
    expect(first).toMatchObject({ number: 1, kind: 'shift', shiftId: 'day', printedAt: T0, operator: '陈静' });
    expect(second).toMatchObject({ number: 2, kind: 'day-roster', shiftId: null, printedAt: T0 + 60_000 });
    ctx.tick(60_000);
    expect((await issue(ctx, input())).number).toBe(3);
    expect(await ctx.db.audit.where('[table+entityId]').equals(['printedSheets', first.id]).count()).toBe(1);
    const log = await ctx.db.activityLog.where('[siteId+at]').between(['s1', 0], ['s1', Infinity]).toArray();
    expect(log.map((e) => e.text)).toEqual(['打印交班单 0001', '打印交班单 0002', '打印交班单 0003']);
  });

  it('counts each site on its own', async () => {
    const ctx = await setup();
    await issue(ctx, input());
    await issue(ctx, input());
    expect((await issue(ctx, input('s2'))).number).toBe(1);
  });

  it('refuses a shift that is not the site’s, or a bad date, writing nothing', async () => {
    const ctx = await setup();
    await issue(ctx, input());
    const tables = ['printedSheets', 'activityLog', 'audit'] as const;
    const before = await tableRows(ctx.db, tables);
    await expect(issue(ctx, { ...input('s2'), shiftId: 'day' })).rejects.toThrow(/not found/);
    await expect(issue(ctx, { ...input(), date: '28.11.2026' })).rejects.toBeInstanceOf(ValidationError);
    expect(await tableRows(ctx.db, tables)).toEqual(before);
  });
});

describe('the store', () => {
  it('refuses a sheet number given twice on a site', async () => {
    const ctx = await setup();
    const row = {
      siteId: 's1',
      kind: 'shift' as const,
      shiftId: null,
      date: '2026-11-28',
      printedAt: T0,
      operator: 'x',
    };
    await ctx.db.printedSheets.add({ ...row, id: 'a', number: 1 });
    await expect(ctx.db.printedSheets.add({ ...row, id: 'b', number: 1 })).rejects.toThrow(/Constraint/);
    await ctx.db.printedSheets.add({ ...row, id: 'c', siteId: 's2', number: 1 });
  });
});
