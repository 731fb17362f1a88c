import type { Shift, Site } from '../../../../shared/domain';
import type { SheetHeader } from '../../../../shared/print/sheetData';
import type { SheetKind } from '../../../../shared/print/sheetFiles';
import { sheetNumberText } from '../../../../shared/print/sheetNumber';
import { closureDay } from '../../../../shared/rules/closureDay';
import type { CordonDb } from '../../../db/CordonDb';
import { currentOperator } from '../../../db/operator';

/**
 * The running head of a sheet: the site, the period, the leader, and either the printed
 * sheet's number, time and operator (`sheetId`), or, for the on-screen preview, no number,
 * `at` and the operator on duty now.
 */
export async function readHeader(
  db: CordonDb,
  site: Site,
  kind: SheetKind,
  period: { date: string; shift: Shift | null },
  at: number,
  sheetId: string | null,
): Promise<SheetHeader> {
  const [printed, operator, leader] = await Promise.all([
    sheetId === null ? undefined : db.printedSheets.get(sheetId),
    currentOperator(db),
    period.shift?.leaderId ? db.people.get(period.shift.leaderId) : undefined,
  ]);
  const issued = printed?.siteId === site.id ? printed : undefined;
  const printedAt = issued?.printedAt ?? at;
  return {
    kind,
    siteName: site.name,
    town: site.town,
    timeZone: site.timeZone,
    date: period.date,
    shift: period.shift
      ? { id: period.shift.id, name: period.shift.name, startsAt: period.shift.startsAt, endsAt: period.shift.endsAt }
      : null,
    leader: leader?.name ?? null,
    operator: issued ? issued.operator : (operator?.name ?? null),
    printedAt,
    sheetNumber: issued ? sheetNumberText(issued.number) : null,
    closureDay: closureDay(site, printedAt),
  };
}

/** When a printed sheet names its moment, the snapshot is of that moment, whatever `at` the route opened with. */
export async function snapshotTime(db: CordonDb, at: number, sheetId: string | null): Promise<number> {
  if (sheetId === null) return at;
  return (await db.printedSheets.get(sheetId))?.printedAt ?? at;
}
