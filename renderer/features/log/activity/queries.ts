import type { ActivityLogEntry, Incident, Shift } from '../../../../shared/domain';
import type { CordonDb } from '../../../db/CordonDb';
import { defineQuery } from '../../../db/live/query';

/** Rows read per window: a screenful is ~20 rows, so a window covers several scrolls either way. */
export const LOG_WINDOW = 200;

/**
 * The entries of a period, newest first, kept to a kind and to text when given. Newest
 * first because the log is read live at the post: the entry just typed, and whatever
 * happened last, are at the top beside the form, and a night is read back by scrolling.
 *
 * Unfiltered, the index range answers the count and a window by itself (IndexedDB counts
 * a key range without reading the rows, and skips to an offset by the cursor). Filtered by
 * kind or text, the same range is walked by a cursor that keeps only a count and the one
 * window: never all rows in memory, whatever the period.
 */
function inPeriod(db: CordonDb, siteId: string, from: number, to: number, kind: string, text: string) {
  const range = db.activityLog.where('[siteId+at]').between([siteId, from], [siteId, to], true, false).reverse();
  const needle = text.trim().toLowerCase();
  if (kind === '' && needle === '') return range;
  return range.filter(
    (e) =>
      (kind === '' || e.kind === kind) &&
      (needle === '' || e.text.toLowerCase().includes(needle) || e.operator.toLowerCase().includes(needle)),
  );
}

/** How many entries the period holds under the filter: the virtualised list's length. */
export const logCount = defineQuery(
  'logCount',
  async (db, siteId: string | null, from: number, to: number, kind: string, text: string): Promise<number> =>
    siteId === null ? 0 : inPeriod(db, siteId, from, to, kind, text).count(),
);

export interface LogWindow {
  /** Index in the list of the first row. */
  start: number;
  rows: ActivityLogEntry[];
  /** Corrections of the rows in the window, by the id of the entry each corrects. */
  corrections: Record<string, ActivityLogEntry[]>;
}

/**
 * One window of the list, from `start`, with the corrections of its entries (by the
 * correctsId index) so each shows with the entry it corrects.
 */
export const logWindow = defineQuery(
  'logWindow',
  async (
    db,
    siteId: string | null,
    from: number,
    to: number,
    kind: string,
    text: string,
    start: number,
  ): Promise<LogWindow> => {
    if (siteId === null) return { start, rows: [], corrections: {} };
    const rows = await inPeriod(db, siteId, from, to, kind, text).offset(start).limit(LOG_WINDOW).toArray();
    const found = await db.activityLog
      .where('correctsId')
      .anyOf(rows.map((r) => r.id))
      .toArray();
    const corrections: Record<string, ActivityLogEntry[]> = {};
    for (const c of found.sort((a, b) => a.recordedAt - b.recordedAt)) {
      if (c.correctsId !== null) (corrections[c.correctsId] ??= []).push(c);
    }
    return { start, rows, corrections };
  },
);

/** Every open incident of the site, oldest first: pinned above the log whatever it shows. */
export const openIncidents = defineQuery('openIncidents', async (db, siteId: string | null): Promise<Incident[]> =>
  siteId === null
    ? []
    : (await db.incidents.where('[siteId+state]').equals([siteId, 'open']).toArray()).sort(
        (a, b) => a.openedAt - b.openedAt,
      ),
);

/** The site's shifts that overlap a day, by start: the shift filter's choices. */
export const shiftsOfDay = defineQuery(
  'logShiftsOfDay',
  async (db, siteId: string | null, from: number, to: number): Promise<Shift[]> =>
    siteId === null
      ? []
      : // A shift starts at most a day before it ends: one that began the evening before still counts.
        db.shifts
          .where('[siteId+startsAt]')
          .between([siteId, from - 86_400_000], [siteId, to], true, false)
          .filter((s) => s.endsAt > from)
          .toArray(),
);
