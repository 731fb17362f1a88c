import type { Person, Shift } from '../../../../shared/domain';
import { defineQuery } from '../../../db/live/query';
import { buildDuty, type DutyEvent, type DutyPost } from './roster';

export interface DutyOfShift {
  shift: Shift;
  posts: DutyPost[];
  events: DutyEvent[];
  /** Who is on the shift and not checked out: not offered as a replacement. */
  onShift: readonly string[];
}

/**
 * One shift's posts with their people and states, and its events, live: the shift, its
 * assignments by shift, the site's posts by order and the people named, by key.
 */
export const dutyOfShift = defineQuery(
  'dutyOfShift',
  async (db, shiftId: string | null, graceMinutes: number): Promise<DutyOfShift | null> => {
    if (shiftId === null) return null;
    const shift = await db.shifts.get(shiftId);
    if (!shift) return null;
    const [assignments, posts] = await Promise.all([
      db.assignments.where('shiftId').equals(shiftId).toArray(),
      db.posts.where('[siteId+order]').between([shift.siteId, -Infinity], [shift.siteId, Infinity]).toArray(),
    ]);
    const found = await db.people.bulkGet([...new Set(assignments.map((a) => a.personId))]);
    const people = new Map<string, Person>();
    for (const p of found) if (p) people.set(p.id, p);
    const duty = buildDuty(shift, posts, assignments, people, { lateGraceMinutes: graceMinutes });
    const onShift = assignments.filter((a) => a.checkedOutAt === null).map((a) => a.personId);
    return { shift, ...duty, onShift };
  },
);

/** The shifts just before and just after an instant (a shift's start, or now), by the start index. */
export const neighbourShifts = defineQuery(
  'neighbourShifts',
  async (db, siteId: string | null, at: number): Promise<{ previous: Shift | null; next: Shift | null }> => {
    if (siteId === null) return { previous: null, next: null };
    const index = db.shifts.where('[siteId+startsAt]');
    const [previous, next] = await Promise.all([
      index.between([siteId, -Infinity], [siteId, at], true, false).last(),
      index.between([siteId, at], [siteId, Infinity], false, true).first(),
    ]);
    return { previous: previous ?? null, next: next ?? null };
  },
);
