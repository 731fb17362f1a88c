import type { Assignment, Shift, ShiftPattern } from '../../../../shared/domain';
import { addDays, zonedInstant } from '../../../../shared/time/zoned';
import { defineQuery } from '../../../db/live/query';

const DAY_MS = 24 * 3600_000;

export interface BoardShifts {
  /** The shifts starting on the shown local days, in time order: the board's columns. */
  shown: Shift[];
  /** The shown shifts and their neighbours a day either side, whose hours count for rest and the 24 h limit. */
  all: Shift[];
  /** The assignments of every shift in `all`. */
  assignments: Assignment[];
}

/**
 * The board's shifts and assignments for `days` local days from `from`, live: shifts by
 * their start (index [siteId+startsAt]), assignments by shift. A day either side is read
 * too, so a person's rest and hours are checked across the board's edges.
 */
export const boardShifts = defineQuery(
  'boardShifts',
  async (db, siteId: string | null, from: string, days: number, timeZone: string): Promise<BoardShifts> => {
    if (siteId === null) return { shown: [], all: [], assignments: [] };
    const start = zonedInstant(from, 0, timeZone);
    const end = zonedInstant(addDays(from, days), 0, timeZone);
    const all = await db.shifts
      .where('[siteId+startsAt]')
      .between([siteId, start - 2 * DAY_MS], [siteId, end + DAY_MS], true, false)
      .toArray();
    const shownDays = new Set(Array.from({ length: days }, (_, i) => addDays(from, i)));
    // One indexed read a shift, side by side: anyOf walks a cursor a row at a time, ~1,300 steps for a week.
    const perShift = await Promise.all(all.map((s) => db.assignments.where('shiftId').equals(s.id).toArray()));
    const assignments = perShift.flat();
    return { shown: all.filter((s) => shownDays.has(s.date)), all, assignments };
  },
);

/** The site's shift patterns, live, by name. */
export const patternsOfSite = defineQuery(
  'patternsOfSite',
  async (db, siteId: string | null): Promise<ShiftPattern[]> =>
    siteId === null
      ? []
      : (await db.shiftPatterns.where('siteId').equals(siteId).toArray()).sort((a, b) => a.name.localeCompare(b.name)),
);
