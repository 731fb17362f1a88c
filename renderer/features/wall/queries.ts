import { emptyCounts, type StateCounts } from '../../../shared/rules/upgradeProgress';
import { OPEN_TRIP_HOURS } from '../../../shared/rules/crossingTrips';
import {
  wallCrossings,
  wallEntrances,
  wallIncidents,
  wallPosts,
  wallRounds,
  wallRoutes,
  wallShift,
  wallTrips,
} from '../../../shared/wall/wallModel';
import type {
  WallCrossingHour,
  WallEntrance,
  WallIncident,
  WallPost,
  WallRounds,
  WallShift,
  WallTrip,
} from '../../../shared/wall/wallPicture';
import { localParts, startOfNextLocalDay } from '../../../shared/time/zoned';
import { workStates } from '../../../shared/domain/perimeterValues';
import { defineQuery } from '../../db/live/query';
import { readCurrentShift } from '../../db/queries/currentShift';
import { readEntrances } from '../../db/queries/entrances';
import { roundsOfPeriod } from '../../db/queries/patrolRounds';
import { patrolRoutesOfSite } from '../../db/queries/patrolRoutes';
import { postStaffing } from '../../db/queries/postStaffing';

/*
 * The wall's reads. Each answers with a piece of the wall's read model (shared/wall), so
 * no row of the store, with its private fields, ever reaches the wall's components. They
 * are several small queries, not one: a change runs again only those that read what it
 * touched (an entrance's state runs the entrances' query, not the rounds').
 */

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

export const wallEntrancesOf = defineQuery(
  'wallEntrances',
  async (db, siteId: string | null): Promise<WallEntrance[]> =>
    siteId === null ? [] : wallEntrances(await readEntrances(db, siteId)),
);

export const wallPostsNow = defineQuery(
  'wallPosts',
  async (db, siteId: string | null, minute: number): Promise<WallPost[]> =>
    wallPosts(await postStaffing.read(db, siteId, minute)),
);

/** The shift running at `minute`, its leader's name, and the next shift to start. */
export const wallShiftNow = defineQuery(
  'wallShift',
  async (db, siteId: string | null, minute: number): Promise<WallShift | null> => {
    if (siteId === null) return null;
    const [current, next] = await Promise.all([
      readCurrentShift(db, siteId, minute),
      db.shifts
        .where('[siteId+startsAt]')
        .between([siteId, minute], [siteId, minute + WEEK], false, false)
        .first(),
    ]);
    const leader = current?.leaderId ? await db.people.get(current.leaderId) : undefined;
    return wallShift(current, leader ?? null, next ?? null);
  },
);

/** The routes, the round out now, the rounds flagged this shift and today's count. */
export const wallRoundsNow = defineQuery(
  'wallRounds',
  async (db, siteId: string | null, minute: number, dayStart: number): Promise<WallRounds> => {
    const [routes, shift] = await Promise.all([
      patrolRoutesOfSite.read(db, siteId),
      siteId === null ? null : readCurrentShift(db, siteId, minute),
    ]);
    // A flag stays until the shift that saw it hands over (as in the header).
    const shiftStart = shift?.startsAt ?? minute - 8 * HOUR;
    const rounds = await roundsOfPeriod.read(db, siteId, Math.min(shiftStart, dayStart), minute + 1, minute);
    return wallRounds(wallRoutes(routes), rounds, { shiftStart, dayStart }, minute);
  },
);

export const wallOpenIncidents = defineQuery(
  'wallIncidents',
  async (db, siteId: string | null): Promise<WallIncident[]> =>
    siteId === null ? [] : wallIncidents(await db.incidents.where('[siteId+state]').equals([siteId, 'open']).toArray()),
);

/** Trips out through the main passage and not back, as of `minute`. */
export const wallOpenTrips = defineQuery(
  'wallTrips',
  async (db, siteId: string | null, minute: number): Promise<WallTrip[]> => {
    if (siteId === null) return [];
    const [crossings, entrances] = await Promise.all([
      db.entranceLog
        .where('[siteId+at]')
        .between([siteId, minute - OPEN_TRIP_HOURS * HOUR], [siteId, minute + 60_000], true, false)
        .toArray(),
      readEntrances(db, siteId),
    ]);
    return wallTrips(crossings, entrances, minute + 59_999);
  },
);

/** How many upgrade items stand in each state: four index counts, no rows read. */
export const wallUpgradeCounts = defineQuery(
  'wallUpgrades',
  async (db, siteId: string | null): Promise<StateCounts> => {
    const counts = emptyCounts();
    if (siteId === null) return counts;
    const each = await Promise.all(
      workStates.map((s) => db.upgradeItems.where('[siteId+state]').equals([siteId, s]).count()),
    );
    workStates.forEach((state, i) => {
      counts[state] = each[i] ?? 0;
    });
    return counts;
  },
);

/** Today's crossings by local hour, up to the hour of `minute`. */
export const wallCrossingsToday = defineQuery(
  'wallCrossings',
  async (db, siteId: string | null, dayStart: number, minute: number): Promise<WallCrossingHour[]> => {
    const site = siteId === null ? undefined : await db.sites.get(siteId);
    if (!site || siteId === null) return [];
    // To the next local midnight, which is not always 24 hours on where clocks change.
    const dayEnd = startOfNextLocalDay(dayStart, site.timeZone);
    const rows = await db.entranceLog
      .where('[siteId+at]')
      .between([siteId, dayStart], [siteId, dayEnd], true, false)
      .toArray();
    return wallCrossings(rows, site.timeZone, localParts(minute, site.timeZone).hour);
  },
);
