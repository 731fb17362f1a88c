import { describe, expect, it } from 'vitest';
import type { Assignment, Shift } from '../../../../shared/domain';
import { makeTestDb } from '../../../db/testing/makeTestDb';
import { dayRoster } from './queries';

const shift = (id: string, siteId: string, date: string, start: string): Shift => ({
  id,
  siteId,
  patternId: 'p',
  slotIndex: 0,
  name: id,
  date,
  startsAt: Date.parse(start),
  endsAt: Date.parse(start) + 8 * 3600_000,
  leaderId: null,
});
const assign = (id: string, shiftId: string, personId: string): Assignment => ({
  id,
  siteId: 's1',
  shiftId,
  postId: 'post',
  personId,
  checkedInAt: null,
  checkedOutAt: null,
  replacesId: null,
});

describe('dayRoster', () => {
  it("reads the day's shifts of the site by local date, with their assignments and people", async () => {
    const db = makeTestDb();
    await db.open();
    await db.shifts.bulkAdd([
      // Local midnight in Shanghai is the evening before in UTC: still the 4th.
      shift('night', 's1', '2026-12-04', '2026-12-03T16:00:00Z'),
      shift('late', 's1', '2026-12-04', '2026-12-04T08:00:00Z'),
      shift('next', 's1', '2026-12-05', '2026-12-04T16:00:00Z'),
      shift('other', 's2', '2026-12-04', '2026-12-04T00:00:00Z'),
    ]);
    await db.assignments.bulkAdd([assign('a1', 'night', 'p1'), assign('a2', 'next', 'p2')]);
    await db.people.add({
      id: 'p1',
      siteId: 's1',
      name: '张三',
      phone: '',
      unit: 'other',
      groupId: null,
      role: '',
      reserve: false,
      notes: '',
      active: true,
    });
    const day = await dayRoster.read(db, 's1', '2026-12-04');
    expect(day.shifts.map((s) => s.id).sort()).toEqual(['late', 'night']);
    expect(day.assignments.map((a) => a.id)).toEqual(['a1']);
    expect(day.people.map((p) => p.name)).toEqual(['张三']);
    expect(await dayRoster.read(db, 's1', '2026-12-06')).toEqual({
      shifts: [],
      assignments: [],
      people: [],
      posts: [],
      groups: [],
    });
  });
});
