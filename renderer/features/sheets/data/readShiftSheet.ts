import { auditChainKey } from '../../../../shared/audit/auditChain';
import type { Person } from '../../../../shared/domain';
import type { SheetNote, ShiftSheetData } from '../../../../shared/print/sheetData';
import { chainHead } from '../../../db/auditChain';
import type { CordonDb } from '../../../db/CordonDb';
import { readEntrances } from './readEntrances';
import { readHeader, snapshotTime } from './readHeader';
import { readOpenItems } from './readOpenItems';
import { readShift } from './readShift';
import { sheetPosts } from './sheetPosts';
import { sheetRounds } from './sheetRounds';
import { sheetTables } from './sheetTables';

const notesOf = (rows: readonly { at: number; author: string; text: string; doneAt: number | null }[]): SheetNote[] =>
  [...rows].sort((a, b) => a.at - b.at).map((n) => ({ at: n.at, author: n.author, text: n.text, doneAt: n.doneAt }));

/**
 * The shift sheet's data, read in one read-only transaction so every part of the paper
 * tells of the same moment; null when the site or the shift does not exist.
 */
export function readShiftSheet(
  db: CordonDb,
  siteId: string,
  shiftId: string,
  asked: number,
  sheetId: string | null,
): Promise<ShiftSheetData | null> {
  return db.transaction('r', sheetTables(db), async () => {
    const at = await snapshotTime(db, asked, sheetId);
    const [site, shift] = await Promise.all([db.sites.get(siteId), readShift(db, siteId, shiftId, at)]);
    if (!site || !shift) return null;
    const [sitePeople, posts, assignments, entrances, previous, notes] = await Promise.all([
      db.people.where('siteId').equals(siteId).toArray(),
      db.posts.where('siteId').equals(siteId).toArray(),
      db.assignments.where('shiftId').equals(shift.id).toArray(),
      readEntrances(db, site, at),
      db.shifts.where('[siteId+startsAt]').between([siteId, -Infinity], [siteId, shift.startsAt], true, false).last(),
      db.handoverNotes.where('shiftId').equals(shift.id).toArray(),
    ]);
    const people = new Map<string, Person>(sitePeople.map((p) => [p.id, p]));
    const [header, rounds, previousNotes, auditHead] = await Promise.all([
      readHeader(db, site, 'shift', { date: shift.date, shift }, at, sheetId),
      sheetRounds(db, siteId, shift.startsAt, shift.endsAt, at, people),
      previous ? db.handoverNotes.where('shiftId').equals(previous.id).toArray() : [],
      sheetId ? issuedHead(db, sheetId, siteId) : chainHead(db.audit, auditChainKey(siteId)),
    ]);
    const staffed = sheetPosts(posts, shift, assignments, people, site.shiftRules);
    const leader = shift.leaderId ? people.get(shift.leaderId) : undefined;
    return {
      header,
      plan: {
        plan: site.plan,
        entrances: entrances.sheet.map((e) => ({ number: e.number, state: e.state, x: e.x, y: e.y })),
        posts: staffed.map((p) => ({ number: p.number, level: p.level, x: p.x, y: p.y })),
      },
      entrances: entrances.sheet,
      posts: staffed,
      leader: leader ? { name: leader.name, phone: leader.phone } : null,
      reserveCallUps: staffed.flatMap((post) =>
        post.people
          .filter((p) => p.reserve)
          .map((p) => ({ name: p.name, phone: p.phone, unit: p.unit, post: post.name })),
      ),
      rounds: rounds.sheet,
      open: await readOpenItems(db, siteId, at, entrances.rows, rounds.sheet),
      previousShift: previous ? { name: previous.name, date: previous.date, notes: notesOf(previousNotes) } : null,
      notes: notesOf(notes),
      auditHead,
    };
  });
}

/**
 * The chain's head as the sheet was issued: the last row its issue wrote (the sheet's row,
 * then its log line, all at one time), so the paper attests the moment its number was
 * given, whatever was written while it printed.
 */
async function issuedHead(db: CordonDb, sheetId: string, siteId: string): Promise<string> {
  const chain = auditChainKey(siteId);
  const issued = await db.audit.where('[table+entityId]').equals(['printedSheets', sheetId]).last();
  if (issued?.seq === undefined) return chainHead(db.audit, chain);
  const sameCommand = await db.audit
    .where('[chain+seq]')
    .between([chain, issued.seq], [chain, Infinity])
    .until((row) => row.at !== issued.at)
    .toArray();
  return sameCommand.at(-1)?.hash ?? issued.hash ?? '';
}
