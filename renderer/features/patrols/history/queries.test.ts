import { describe, expect, it } from 'vitest';
import { patrolRow, personRow, routeRow, shiftRow, siteRow, visitRow } from '../../../../shared/domain/testing/rows';
import { makeTestDb } from '../../../db/testing/makeTestDb';
import { periodOf } from './period';
import { patrolHistory } from './queries';

const MIN = 60_000;
const HOUR = 60 * MIN;
// 28 Nov 2026 in Shanghai: 00:00 local is 16:00 UTC the day before.
const day = periodOf('day', '2026-11-28', 'Asia/Shanghai');
const at = (h: number, m = 0) => day.from + h * HOUR + m * MIN;
const asked = [
  { id: 'c1', name: '北门', checks: '' },
  { id: 'c2', name: '东墙', checks: '' },
];

async function setup() {
  const db = makeTestDb({ name: 'patrol-history' });
  await db.open();
  await db.sites.add(siteRow());
  await db.patrolRoutes.add(routeRow('r1', { startsAt: at(-48) }));
  await db.people.bulkAdd([personRow('zs', '张三', { siteId: 's1' }), personRow('ls', '李四', { siteId: 's1' })]);
  await db.shifts.bulkAdd([
    // The night shift began the evening before and runs into the day: it must be found.
    shiftRow('night', at(-4), at(8), { siteId: 's1', name: '夜班' }),
    shiftRow('dayShift', at(8), at(20), { siteId: 's1', name: '白班' }),
    // Two days before: no round of the day falls in it.
    shiftRow('old', at(-48), at(-36), { siteId: 's1', name: '旧班' }),
  ]);
  await db.patrols.bulkAdd([
    patrolRow('p-before', 'r1', at(-1), { startedAt: at(-1), endedAt: at(-1, 20), personIds: ['ls'] }),
    patrolRow('p9', 'r1', at(9), {
      startedAt: at(9, 4),
      endedAt: at(9, 30),
      personIds: ['zs', 'ls'],
      checkpoints: asked,
    }),
    patrolRow('p-after', 'r1', at(24), { startedAt: at(24), personIds: ['zs'] }),
  ]);
  await db.checkpointVisits.bulkAdd([
    visitRow('v1', 'p9', 'c1', at(9, 10)),
    visitRow('v2', 'p9', 'c2', at(9, 20), { status: 'skipped', note: '施工封闭' }),
    visitRow('v-other', 'p-before', 'c1', at(-1, 10)),
  ]);
  return db;
}

describe('patrolHistory', () => {
  it('reads a day: its 24 rounds, the recorded one with its visits, the shifts it touches and who went', async () => {
    const db = await setup();
    const h = await patrolHistory.read(db, 's1', day.from, day.to, at(23, 59));
    expect(h.from).toBe(day.from);
    expect(h.rounds).toHaveLength(24);
    expect(h.rounds[0]?.dueAt).toBe(at(0));
    expect(h.rounds[23]?.dueAt).toBe(at(23));
    const nine = h.rounds.find((r) => r.dueAt === at(9));
    expect(nine?.patrol?.id).toBe('p9');
    expect(nine?.visits.map((v) => [v.id, v.status])).toEqual([
      ['v1', 'reached'],
      ['v2', 'skipped'],
    ]);
    expect(nine?.state).toMatchObject({ status: 'incomplete', startedLate: false, unreached: 1 });
    expect(h.rounds.find((r) => r.dueAt === at(10))?.state.status).toBe('missed');
    expect(h.shifts.map((s) => s.name).sort()).toEqual(['夜班', '白班']);
    expect(h.names).toEqual({ zs: '张三', ls: '李四' });
  });

  it('answers nothing without a site', async () => {
    const db = await setup();
    expect(await patrolHistory.read(db, null, day.from, day.to, at(12))).toEqual({
      from: day.from,
      rounds: [],
      shifts: [],
      names: {},
    });
  });
});
