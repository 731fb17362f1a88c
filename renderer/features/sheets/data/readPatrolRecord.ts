import type { Person } from '../../../../shared/domain';
import type { PatrolRecordData } from '../../../../shared/print/sheetData';
import type { CordonDb } from '../../../db/CordonDb';
import { readHeader, snapshotTime } from './readHeader';
import { readShift } from './readShift';
import { sheetRounds } from './sheetRounds';
import { sheetTables } from './sheetTables';

/**
 * The patrol record of a shift: every round due in it, where it stands, and for each
 * checkpoint in the order asked when it was reached (or skipped) and what was seen.
 */
export function readPatrolRecord(
  db: CordonDb,
  siteId: string,
  shiftId: string,
  asked: number,
  sheetId: string | null,
): Promise<PatrolRecordData | null> {
  return db.transaction('r', sheetTables(db), async () => {
    const at = await snapshotTime(db, asked, sheetId);
    const [site, shift] = await Promise.all([db.sites.get(siteId), readShift(db, siteId, shiftId, at)]);
    if (!site || !shift) return null;
    const sitePeople = await db.people.where('siteId').equals(siteId).toArray();
    const people = new Map<string, Person>(sitePeople.map((p) => [p.id, p]));
    const [header, { rounds, sheet }] = await Promise.all([
      readHeader(db, site, 'patrol-record', { date: shift.date, shift }, at, sheetId),
      sheetRounds(db, siteId, shift.startsAt, shift.endsAt, at, people),
    ]);
    return {
      header,
      rounds: sheet.map((round, i) => {
        const recorded = rounds[i];
        const asked = recorded?.patrol?.checkpoints ?? [];
        const visits = recorded?.visits ?? [];
        return {
          ...round,
          visits: asked.map((c) => {
            const v = visits.filter((x) => x.checkpointId === c.id && x.at <= at).at(-1);
            return {
              checkpoint: c.name,
              at: v?.at ?? null,
              result: v ? (v.status === 'skipped' ? 'skipped' : v.observation) : null,
              category: v?.category ?? null,
              note: v?.note ?? '',
            };
          }),
        };
      }),
    };
  });
}
