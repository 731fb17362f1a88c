import type { ActivityLogData } from '../../../../shared/print/sheetData';
import { isEnteredLate } from '../../../../shared/rules/enteredLate';
import { addDays, zonedInstant } from '../../../../shared/time/zoned';
import type { CordonDb } from '../../../db/CordonDb';
import { readHeader, snapshotTime } from './readHeader';
import { readShift } from './readShift';
import { sheetTables } from './sheetTables';

/**
 * The activity log of a shift (`shiftId`, or 'current') or, with none, of a local day,
 * oldest first as a log is read on paper, each correction with the time of the entry it
 * corrects; read by the [siteId+at] index in one transaction.
 */
export function readActivityLog(
  db: CordonDb,
  siteId: string,
  shiftId: string | null,
  date: string,
  asked: number,
  sheetId: string | null,
): Promise<ActivityLogData | null> {
  return db.transaction('r', sheetTables(db), async () => {
    const at = await snapshotTime(db, asked, sheetId);
    const site = await db.sites.get(siteId);
    if (!site) return null;
    const shift = shiftId === null ? null : await readShift(db, siteId, shiftId, at);
    if (shiftId !== null && !shift) return null;
    const from = shift?.startsAt ?? zonedInstant(date, 0, site.timeZone);
    const to = shift?.endsAt ?? zonedInstant(addDays(date, 1), 0, site.timeZone);
    const entries = await db.activityLog
      .where('[siteId+at]')
      .between([siteId, from], [siteId, to], true, false)
      .toArray();
    const kept = entries.filter((e) => e.recordedAt <= at);
    const byId = new Map(kept.map((e) => [e.id, e]));
    const corrected = kept.filter((e) => e.correctsId !== null && !byId.has(e.correctsId));
    // A correction of an entry outside the period still says which time it corrects.
    const outside = await db.activityLog.bulkGet(
      corrected.flatMap((e) => (e.correctsId === null ? [] : [e.correctsId])),
    );
    for (const e of outside) if (e) byId.set(e.id, e);
    return {
      header: await readHeader(db, site, 'activity-log', { date: shift?.date ?? date, shift }, at, sheetId),
      entries: kept.map((e) => ({
        at: e.at,
        recordedAt: e.recordedAt,
        kind: e.kind,
        text: e.text,
        operator: e.operator,
        correctsAt: e.correctsId === null ? null : (byId.get(e.correctsId)?.at ?? null),
        enteredLate: isEnteredLate(e),
      })),
    };
  });
}
