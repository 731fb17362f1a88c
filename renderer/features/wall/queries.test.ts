import { describe, expect, it } from 'vitest';
import { entranceSchema } from '../../../shared/domain';
import { startOfLocalDay } from '../../../shared/time/zoned';
import { seededDemo } from '../../db/testing/seededDemo';
import { inCommand } from '../../db/testing/commandTesting';
import {
  wallCrossingsToday,
  wallEntrancesOf,
  wallOpenIncidents,
  wallOpenTrips,
  wallPostsNow,
  wallRoundsNow,
  wallShiftNow,
  wallUpgradeCounts,
} from './queries';

// 10:12 on the demo's second day in Shanghai: the day shift on, the 10:00 round out.
const NOW = Date.parse('2026-11-28T10:12:00+08:00');
const DAY_START = startOfLocalDay(NOW, 'Asia/Shanghai');

const demo = () => seededDemo(NOW);

describe("the wall's reads on the demo site", () => {
  it('answer the shift with its leader and the next, the entrances, and the posts with names only', async () => {
    const { db, site } = await demo();
    const shift = await wallShiftNow.read(db, site.id, NOW);
    expect(shift).toMatchObject({
      name: '白班',
      startsAt: Date.parse('2026-11-28T08:00:00+08:00'),
      leaderName: '崔力振',
      next: { name: '晚班', startsAt: Date.parse('2026-11-28T16:00:00+08:00') },
    });
    const entrances = await wallEntrancesOf.read(db, site.id);
    expect(entrances.map((e) => [e.name, e.state, e.offPlan])).toEqual([
      ['沿街门洞1', 'sealed', null],
      ['沿街门洞2', 'sealed', null],
      ['沿街门洞3', 'sealed', null],
      ['沿街门洞4', 'sealed', null],
      ['主通道', 'controlled-open', null],
      ['侧门', 'sealed', null],
    ]);
    const posts = await wallPostsNow.read(db, site.id, NOW);
    expect(posts.map((p) => [p.name, p.filled, p.minimum])).toEqual([
      ['主通道岗', 4, 3],
      ['侧门岗', 2, 2],
      ['门洞1岗', 2, 2],
      ['门洞2岗', 2, 2],
      ['门洞3岗', 2, 2],
      ['门洞4岗', 2, 2],
    ]);
    expect(Object.keys(posts[0]?.people[0] ?? {}).sort()).toEqual(['name', 'present']);
  });

  it('say an entrance opened off the plan, and follow it back', async () => {
    const { ctx, db, site } = await demo();
    const door3 = (await db.entrances.toArray()).find((e) => e.name === '沿街门洞3');
    if (!door3) throw new Error('no doorway 3');
    const set = (state: 'controlled-open' | 'sealed') =>
      inCommand(ctx, ['entrances'], (w) => w.update('entrances', entranceSchema, door3.id, () => ({ state })));
    await set('controlled-open');
    expect((await wallEntrancesOf.read(db, site.id)).find((e) => e.id === door3.id)?.offPlan).toBe('sealed');
    await set('sealed');
    expect((await wallEntrancesOf.read(db, site.id)).find((e) => e.id === door3.id)?.offPlan).toBeNull();
  });

  it("count today's rounds, show the one out, and read incidents, trips at the passage, upgrades and crossings by index", async () => {
    const { db, site } = await demo();
    const rounds = await wallRoundsNow.read(db, site.id, NOW, DAY_START);
    expect(rounds.today.due).toBe(11);
    expect(rounds.underWay?.dueAt).toBe(Date.parse('2026-11-28T10:00:00+08:00'));
    expect(rounds.flagged).toEqual([]);
    expect(rounds.routes).toHaveLength(1);

    expect(await wallOpenIncidents.read(db, site.id)).toEqual(
      (await db.incidents.toArray())
        .filter((i) => i.state === 'open')
        .map((i) => ({ id: i.id, openedAt: i.openedAt, category: i.category })),
    );
    const trips = await wallOpenTrips.read(db, site.id, NOW);
    expect(trips.map((t) => [t.subjectKind, t.entranceName])).toEqual([['person', '主通道']]);

    const items = await db.upgradeItems.toArray();
    const counts = await wallUpgradeCounts.read(db, site.id);
    expect(counts).toEqual({
      planned: items.filter((i) => i.state === 'planned').length,
      'under-way': items.filter((i) => i.state === 'under-way').length,
      done: items.filter((i) => i.state === 'done').length,
      checked: items.filter((i) => i.state === 'checked').length,
    });
    expect(counts.done).toBeGreaterThan(0);

    const hours = await wallCrossingsToday.read(db, site.id, DAY_START, NOW);
    expect(hours.map((h) => h.hour)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const today = (await db.entranceLog.toArray()).filter((c) => c.at >= DAY_START && c.at < DAY_START + 86_400_000);
    expect(hours.reduce((n, h) => n + h.in + h.out, 0)).toBe(today.length);
  });

  it('answer nothing for no site', async () => {
    const { db } = await demo();
    expect(await wallEntrancesOf.read(db, null)).toEqual([]);
    expect(await wallShiftNow.read(db, null, NOW)).toBeNull();
    expect(await wallUpgradeCounts.read(db, null)).toEqual({ planned: 0, 'under-way': 0, done: 0, checked: 0 });
    expect(await wallCrossingsToday.read(db, null, DAY_START, NOW)).toEqual([]);
  });
});
