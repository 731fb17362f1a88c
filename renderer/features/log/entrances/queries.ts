import type { EntranceLogEntry } from '../../../../shared/domain';
import { isOpenTrip, OPEN_TRIP_HOURS } from '../../../../shared/rules/crossingTrips';
import { defineQuery } from '../../../db/live/query';

export interface DayCrossings {
  rows: EntranceLogEntry[];
  /** The other leg of each paired crossing whose partner falls outside the day. */
  partners: Record<string, EntranceLogEntry>;
}

/** A day's crossings by the [siteId+at] range, with the partners of trips that cross midnight. */
export const crossingsOfDay = defineQuery(
  'crossingsOfDay',
  async (db, siteId: string | null, from: number, to: number): Promise<DayCrossings> => {
    if (siteId === null) return { rows: [], partners: {} };
    const rows = await db.entranceLog.where('[siteId+at]').between([siteId, from], [siteId, to], true, false).toArray();
    const ids = new Set(rows.map((r) => r.id));
    const missing = rows.flatMap((r) => (r.pairId !== null && !ids.has(r.pairId) ? [r.pairId] : []));
    const partners: Record<string, EntranceLogEntry> = {};
    for (const p of await db.entranceLog.bulkGet(missing)) if (p) partners[p.id] = p;
    return { rows, partners };
  },
);

/** The ways out still expected back, newest first: listed above the day, and offered for pairing. */
export const openTrips = defineQuery(
  'openTrips',
  async (db, siteId: string | null, minute: number): Promise<EntranceLogEntry[]> => {
    if (siteId === null) return [];
    const since = minute - OPEN_TRIP_HOURS * 3_600_000 - 60_000;
    const recent = await db.entranceLog
      .where('[siteId+at]')
      .between([siteId, since], [siteId, Number.MAX_SAFE_INTEGER])
      .toArray();
    // The minute the query is asked at ends a minute later: a crossing in it is not in the future.
    return recent.filter((r) => isOpenTrip(r, minute + 59_999)).reverse();
  },
);
