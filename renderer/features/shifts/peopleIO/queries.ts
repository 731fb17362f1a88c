import type { Assignment, Group, Person, Post, Shift } from '../../../../shared/domain';
import { defineQuery } from '../../../db/live/query';

/** One local day's shifts with everyone assigned to them, and what their rows need to name. */
export interface DayRoster {
  shifts: Shift[];
  assignments: Assignment[];
  people: Person[];
  posts: Post[];
  groups: Group[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The day export's read, by index: the shifts starting within two days of the date (any
 * time zone's day lies inside), kept when their local date is the date, then their
 * assignments, people, the site's posts and groups.
 */
export const dayRoster = defineQuery('dayRoster', async (db, siteId: string, date: string): Promise<DayRoster> => {
  const noon = Date.parse(`${date}T12:00:00Z`);
  const shifts = (
    await db.shifts
      .where('[siteId+startsAt]')
      .between([siteId, noon - 2 * DAY_MS], [siteId, noon + 2 * DAY_MS])
      .toArray()
  ).filter((s) => s.date === date);
  const assignments = shifts.length
    ? await db.assignments
        .where('shiftId')
        .anyOf(shifts.map((s) => s.id))
        .toArray()
    : [];
  const people = (await db.people.bulkGet([...new Set(assignments.map((a) => a.personId))])).filter(
    (p): p is Person => p !== undefined,
  );
  const posts = await db.posts.where('siteId').equals(siteId).toArray();
  const groups = await db.groups.where('siteId').equals(siteId).toArray();
  return { shifts, assignments, people, posts, groups };
});
