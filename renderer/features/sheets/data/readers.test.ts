import { describe, expect, it } from 'vitest';
import { entranceSchema } from '../../../../shared/domain';
import { seededDemo } from '../../../db/testing/seededDemo';
import { inCommand } from '../../../db/testing/commandTesting';
import { sheetCommands } from '../commands';
import { readActivityLog } from './readActivityLog';
import { readDayRoster } from './readDayRoster';
import { readPatrolRecord } from './readPatrolRecord';
import { readShiftSheet } from './readShiftSheet';

// 10:12 on the demo's second day in Shanghai: the day shift (08:00–16:00) is running.
const NOW = Date.parse('2026-11-28T10:12:00+08:00');
const HOUR = 3_600_000;

const demo = () => seededDemo(NOW);

describe('the shift sheet’s data', () => {
  it('holds the running shift, every entrance, every post’s people, the rounds and the notes handed on', async () => {
    const { db, site } = await demo();
    const data = await readShiftSheet(db, site.id, 'current', NOW, null);
    expect(data?.header).toMatchObject({
      kind: 'shift',
      siteName: '香樟苑',
      date: '2026-11-28',
      shift: { name: '白班' },
      operator: '陈静',
      printedAt: NOW,
      sheetNumber: null,
      closureDay: 2,
    });
    expect(data?.entrances.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6]);
    // Nothing changed since the closure began: each has stood so since then.
    expect(data?.entrances.every((e) => e.since === site.closureStartedAt)).toBe(true);
    expect(data?.posts.map((p) => p.number)).toEqual(data?.posts.map((_, i) => i + 1));
    const onShift = data?.posts.flatMap((p) => p.people) ?? [];
    expect(onShift.length).toBeGreaterThan(10);
    expect(onShift.every((p) => /^000-0000-\d{4}$/.test(p.phone))).toBe(true);
    expect(data?.rounds.map((r) => r.dueAt)).toEqual(
      Array.from({ length: 8 }, (_, i) => NOW - 2 * HOUR - 12 * 60_000 + i * HOUR),
    );
    expect(data?.rounds.slice(0, 2).map((r) => r.status)).toEqual(['done', 'done']);
    expect(data?.previousShift?.name).toBe('夜班');
    expect(data?.previousShift?.notes.length).toBeGreaterThan(0);
    expect(data?.open.requests.length).toBeGreaterThan(0);
    expect(data?.open.requests[0]).not.toHaveProperty('resident');
  });

  it('names the head of the site’s audit chain: the hash of its last row when the sheet is read', async () => {
    const { ctx, db, site } = await demo();
    const lastOfSite = async () =>
      (await db.audit.where('[chain+seq]').between([site.id, 0], [site.id, Infinity]).last())?.hash;
    const before = await readShiftSheet(db, site.id, 'current', NOW, null);
    expect(before?.auditHead).toMatch(/^[0-9a-f]{64}$/);
    expect(before?.auditHead).toBe(await lastOfSite());

    // Printing is a change of its own (the sheet's number, a log line): the printed sheet names the head after it.
    const sheet = await sheetCommands.issue(ctx, {
      siteId: site.id,
      kind: 'shift',
      shiftId: null,
      date: '2026-11-28',
      describe: (n) => `打印交班单 ${n}`,
    });
    const printed = await readShiftSheet(db, site.id, 'current', NOW, sheet.id);
    const issuedHead = await lastOfSite();
    expect(printed?.auditHead).toBe(issuedHead);
    expect(printed?.auditHead).not.toBe(before?.auditHead);

    // A change made while it prints does not move the head the paper names.
    ctx.tick(60_000);
    const doorway = await db.entrances.where('[siteId+number]').equals([site.id, 3]).first();
    if (!doorway) throw new Error('no doorway 3');
    await inCommand(ctx, ['entrances'], (w) =>
      w.update('entrances', entranceSchema, doorway.id, () => ({ state: 'closed' as const })),
    );
    expect(await lastOfSite()).not.toBe(issuedHead);
    expect((await readShiftSheet(db, site.id, 'current', NOW, sheet.id))?.auditHead).toBe(issuedHead);
  });

  it('dates an entrance’s state from the change that made it, and a printed sheet tells of its own moment', async () => {
    const { ctx, db, site } = await demo();
    const doorway = await db.entrances.where('[siteId+number]').equals([site.id, 3]).first();
    if (!doorway) throw new Error('no doorway 3');
    ctx.tick(5 * 60_000);
    await inCommand(ctx, ['entrances'], (w) =>
      w.update('entrances', entranceSchema, doorway.id, () => ({ state: 'emergency-only' as const })),
    );
    const sheet = await sheetCommands.issue(ctx, {
      siteId: site.id,
      kind: 'shift',
      shiftId: null,
      date: '2026-11-28',
      describe: (n) => `打印交班单 ${n}`,
    });
    ctx.tick(60 * 60_000);
    await inCommand(ctx, ['entrances'], (w) =>
      w.update('entrances', entranceSchema, doorway.id, () => ({ state: 'sealed' as const })),
    );
    const printed = await readShiftSheet(db, site.id, 'current', NOW + 2 * HOUR, sheet.id);
    expect(printed?.header).toMatchObject({ sheetNumber: '0001', printedAt: NOW + 5 * 60_000, operator: '陈静' });
    // The store has moved on since; the printed sheet's readers read it as it is (entrances are not versioned),
    // but its time, number and operator are the printed sheet's.
    const third = printed?.entrances.find((e) => e.number === 3);
    expect(third).toMatchObject({ state: 'sealed', since: NOW + 65 * 60_000 });
  });
});

describe('the other sheets’ data', () => {
  it('the day’s roster holds the three shifts of the day with their posts', async () => {
    const { db, site } = await demo();
    const data = await readDayRoster(db, site.id, '2026-11-28', NOW, null);
    expect(data?.shifts.map((s) => s.name)).toEqual(['夜班', '白班', '晚班']);
    expect(data?.shifts.every((s) => s.posts.length === 6)).toBe(true);
  });

  it('the log of the shift holds its entries oldest first, and of the day more', async () => {
    const { db, site } = await demo();
    const shift = await readActivityLog(db, site.id, 'current', '2026-11-28', NOW, null);
    const day = await readActivityLog(db, site.id, null, '2026-11-28', NOW, null);
    const times = shift?.entries.map((e) => e.at) ?? [];
    expect(times.length).toBeGreaterThan(0);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times.every((t) => t >= NOW - 2 * HOUR - 12 * 60_000)).toBe(true);
    expect(day?.entries.length).toBeGreaterThan(shift?.entries.length ?? 0);
  });

  it('the patrol record holds each round’s checkpoints in the order asked, with their times', async () => {
    const { db, site } = await demo();
    const data = await readPatrolRecord(db, site.id, 'current', NOW, null);
    const first = data?.rounds[0];
    expect(first?.visits).toHaveLength(8);
    expect(first?.visits.every((v) => v.at !== null && v.result !== null)).toBe(true);
    expect(data?.rounds.at(-1)?.visits).toEqual([]);
  });

  it('a site or shift that is not there reads as nothing', async () => {
    const { db, site } = await demo();
    expect(await readShiftSheet(db, 'nowhere', 'current', NOW, null)).toBeNull();
    expect(await readShiftSheet(db, site.id, 'no-such-shift', NOW, null)).toBeNull();
    expect(await readPatrolRecord(db, site.id, 'no-such-shift', NOW, null)).toBeNull();
  });
});
