import { describe, expect, it } from 'vitest';
import { assignmentRow, personRow, postRow, shiftRow } from '../../../shared/domain/testing/rows';
import { makeTestDb } from '../testing/makeTestDb';
import { whereNow } from './whereNow';

const MIN = 60_000;
// The 08–16 shift of 28 Nov 2026 in Shanghai; the question is asked at 10:00.
const START = Date.UTC(2026, 10, 28, 0);
const TEN = START + 120 * MIN;
const shift = shiftRow('sh', START, START + 480 * MIN, { siteId: 's', slotIndex: 1, name: '白班' });
const post = postRow('door2', 3, { siteId: 's', name: '门洞2岗', entranceId: 'e2', minStaff: 2 });
const person = (id: string, name: string) => personRow(id, name, { siteId: 's', phone: `1380000000${id.length}` });
const assign = (
  id: string,
  personId: string,
  inAt: number | null,
  outAt: number | null = null,
  replacesId: string | null = null,
) => assignmentRow(id, 'sh', 'door2', personId, { siteId: 's', checkedInAt: inAt, checkedOutAt: outAt, replacesId });

async function setup() {
  const db = makeTestDb();
  await db.open();
  await db.shifts.add(shift);
  await db.posts.add(post);
  await db.entrances.add({
    id: 'e2',
    siteId: 's',
    number: 2,
    name: '沿街门洞2',
    kind: 'street-doorway',
    state: 'sealed',
    position: { x: 0, y: 0 },
    note: '',
  });
  await db.people.bulkAdd([person('zs', '张三'), person('zsf', '张三丰'), person('ls', '李四'), person('ww', '王五')]);
  await db.assignments.bulkAdd([
    assign('a1', 'zs', START + 31 * MIN),
    assign('a2', 'ls', START - 5 * MIN, START + 100 * MIN),
    assign('a3', 'ww', START + 100 * MIN, null, 'a2'),
  ]);
  return db;
}

describe('whereNow', () => {
  it('finds people by the start of their name, with where they stand now or that they are not on duty', async () => {
    const db = await setup();
    const hits = await whereNow.read(db, 's', TEN, ' 张三 ', 15);
    expect(hits.map((h) => (h.kind === 'person' ? [h.person.name, h.post?.name, h.state, h.at] : h.kind))).toEqual([
      ['张三', '门洞2岗', 'late', START + 31 * MIN],
      ['张三丰', undefined, null, null],
    ]);
    const out = await whereNow.read(db, 's', TEN, '李', 15);
    expect(out.map((h) => (h.kind === 'person' ? [h.person.name, h.state, h.at] : h.kind))).toEqual([
      ['李四', 'out', START + 100 * MIN],
    ]);
  });

  it('finds a post by its entrance’s name, with who stands there now: not whoever was swapped out', async () => {
    const db = await setup();
    const hits = await whereNow.read(db, 's', TEN, '沿街门洞2', 15);
    expect(hits).toHaveLength(1);
    const [hit] = hits;
    expect(
      hit?.kind === 'post' && [hit.post.name, hit.entranceName, hit.people.map((p) => [p.person.name, p.state])],
    ).toEqual([
      '门洞2岗',
      '沿街门洞2',
      [
        ['王五', 'in'],
        ['张三', 'late'],
      ],
    ]);
  });

  it('answers nothing for empty text, and no one on duty between shifts', async () => {
    const db = await setup();
    expect(await whereNow.read(db, 's', TEN, '  ', 15)).toEqual([]);
    const later = await whereNow.read(db, 's', START + 600 * MIN, '门洞2', 15);
    expect(later.map((h) => h.kind === 'post' && h.people.length)).toEqual([0]);
  });
});
