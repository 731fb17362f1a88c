import { call } from '../../db/live/query';
import type { ReadContext } from '../../db/live/readContext';
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

/** The wall's first read, started before it is drawn: what WallScreen reads live, with the day's start it asks with. */
export const wallReads = ({ siteId, minute }: ReadContext, dayStart: number) => [
  call(wallEntrancesOf, siteId),
  call(wallPostsNow, siteId, minute),
  call(wallShiftNow, siteId, minute),
  call(wallRoundsNow, siteId, minute, dayStart),
  call(wallOpenIncidents, siteId),
  call(wallOpenTrips, siteId, minute),
  call(wallUpgradeCounts, siteId),
  call(wallCrossingsToday, siteId, dayStart, minute),
];
