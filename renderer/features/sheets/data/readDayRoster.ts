import type { Person } from '../../../../shared/domain';
import type { DayRosterData } from '../../../../shared/print/sheetData';
import { addDays, zonedInstant } from '../../../../shared/time/zoned';
import type { CordonDb } from '../../../db/CordonDb';
import { readHeader, snapshotTime } from './readHeader';
import { sheetPosts } from './sheetPosts';
import { sheetTables } from './sheetTables';

/** The roster of a local day: every shift starting that day, in order, with its leader and posts; one read. */
export function readDayRoster(
  db: CordonDb,
  siteId: string,
  date: string,
  asked: number,
  sheetId: string | null,
): Promise<DayRosterData | null> {
  return db.transaction('r', sheetTables(db), async () => {
    const at = await snapshotTime(db, asked, sheetId);
    const site = await db.sites.get(siteId);
    if (!site) return null;
    const from = zonedInstant(date, 0, site.timeZone);
    const to = zonedInstant(addDays(date, 1), 0, site.timeZone);
    const [shifts, sitePeople, posts] = await Promise.all([
      db.shifts.where('[siteId+startsAt]').between([siteId, from], [siteId, to], true, false).toArray(),
      db.people.where('siteId').equals(siteId).toArray(),
      db.posts.where('siteId').equals(siteId).toArray(),
    ]);
    const people = new Map<string, Person>(sitePeople.map((p) => [p.id, p]));
    const [header, assignments] = await Promise.all([
      readHeader(db, site, 'day-roster', { date, shift: null }, at, sheetId),
      Promise.all(shifts.map((s) => db.assignments.where('shiftId').equals(s.id).toArray())),
    ]);
    return {
      header,
      shifts: shifts.map((shift, i) => ({
        name: shift.name,
        startsAt: shift.startsAt,
        endsAt: shift.endsAt,
        leader: (shift.leaderId ? people.get(shift.leaderId)?.name : undefined) ?? null,
        posts: sheetPosts(posts, shift, assignments[i] ?? [], people, site.shiftRules),
      })),
    };
  });
}
