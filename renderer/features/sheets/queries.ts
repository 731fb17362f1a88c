import type { PrintedSheet, Shift } from '../../../shared/domain';
import { addDays, zonedInstant } from '../../../shared/time/zoned';
import { defineQuery } from '../../db/live/query';
import { readActivityLog } from './data/readActivityLog';
import { readDayRoster } from './data/readDayRoster';
import { readPatrolRecord } from './data/readPatrolRecord';
import { readShiftSheet } from './data/readShiftSheet';

/*
 * The printed sheets' reads. Each takes the moment to print (`at`) and the printed sheet
 * (`sheetId`: its number, time and operator go on the paper, and its time is the moment),
 * or null for the screen's preview. Live, so the preview follows the store.
 */

export const shiftSheet = defineQuery(
  'shiftSheet',
  (db, siteId: string | null, shiftId: string, at: number, sheetId: string | null) =>
    siteId === null ? Promise.resolve(null) : readShiftSheet(db, siteId, shiftId, at, sheetId),
);

export const dayRosterSheet = defineQuery(
  'dayRosterSheet',
  (db, siteId: string | null, date: string, at: number, sheetId: string | null) =>
    siteId === null ? Promise.resolve(null) : readDayRoster(db, siteId, date, at, sheetId),
);

export const activityLogSheet = defineQuery(
  'activityLogSheet',
  (db, siteId: string | null, shiftId: string | null, date: string, at: number, sheetId: string | null) =>
    siteId === null ? Promise.resolve(null) : readActivityLog(db, siteId, shiftId, date, at, sheetId),
);

export const patrolRecordSheet = defineQuery(
  'patrolRecordSheet',
  (db, siteId: string | null, shiftId: string, at: number, sheetId: string | null) =>
    siteId === null ? Promise.resolve(null) : readPatrolRecord(db, siteId, shiftId, at, sheetId),
);

/** The site's latest 50 numbered sheets, newest first, by index. */
export const printedSheetsOfSite = defineQuery(
  'printedSheetsOfSite',
  async (db, siteId: string | null): Promise<PrintedSheet[]> =>
    siteId === null
      ? []
      : db.printedSheets
          .where('[siteId+number]')
          .between([siteId, 0], [siteId, Infinity])
          .reverse()
          .limit(50)
          .toArray(),
);

/** The shifts starting on a local date of the site, in time order: what the sheets screen offers. */
export const sheetShiftsOfDay = defineQuery(
  'sheetShiftsOfDay',
  async (db, siteId: string | null, date: string): Promise<Shift[]> => {
    if (siteId === null) return [];
    const site = await db.sites.get(siteId);
    if (!site) return [];
    const from = zonedInstant(date, 0, site.timeZone);
    const to = zonedInstant(addDays(date, 1), 0, site.timeZone);
    return db.shifts.where('[siteId+startsAt]').between([siteId, from], [siteId, to], true, false).toArray();
  },
);
