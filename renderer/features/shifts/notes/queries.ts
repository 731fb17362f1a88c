import type { HandoverNote, Shift } from '../../../../shared/domain';
import { defineQuery } from '../../../db/live/query';

export interface ShiftNotes {
  /** The shift before this one (the latest to start before it), with its notes: read first at handover. */
  previous: { shift: Shift; notes: HandoverNote[] } | null;
  notes: HandoverNote[];
}

const byTime = (a: HandoverNote, b: HandoverNote) => a.at - b.at;

/** A shift's handover notes and the previous shift's, live, by index. */
export const shiftNotes = defineQuery('shiftNotes', async (db, shiftId: string | null): Promise<ShiftNotes> => {
  if (shiftId === null) return { previous: null, notes: [] };
  const shift = await db.shifts.get(shiftId);
  if (!shift) return { previous: null, notes: [] };
  const before = await db.shifts
    .where('[siteId+startsAt]')
    .between([shift.siteId, -Infinity], [shift.siteId, shift.startsAt], true, false)
    .last();
  const [notes, previousNotes] = await Promise.all([
    db.handoverNotes.where('shiftId').equals(shiftId).toArray(),
    before ? db.handoverNotes.where('shiftId').equals(before.id).toArray() : [],
  ]);
  return {
    previous: before ? { shift: before, notes: previousNotes.sort(byTime) } : null,
    notes: notes.sort(byTime),
  };
});
