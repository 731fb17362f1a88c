import { assignmentSchema, type Assignment, type Shift } from '../../../../shared/domain';
import { zonedInstant } from '../../../../shared/time/zoned';
import { logActivity } from '../../../db/activity';
import { defineCommands } from '../../../db/command';
import type { EntityWriter } from '../../../db/entityWriter';
import { NotFoundError } from '../../../db/errors';
import {
  AlreadyCheckedInError,
  AlreadyCheckedOutError,
  AlreadyOnShiftError,
  BeforeShiftDayError,
  CheckedOutFirstError,
  CheckOutBeforeCheckInError,
  InFutureError,
  NotCheckedInError,
  PersonStoodDownError,
  SwappedOutError,
} from './errors';

/** Two clocks a little apart (this laptop's and the wall's) are no reason to refuse a time. */
const LEEWAY_MS = 60_000;

/** What the activity log says of a swap, in the language of the screen that made it. */
export type DescribeSwap = (swap: { post: string; from: string; to: string; at: number }) => string;

interface Place {
  assignment: Assignment;
  shift: Shift;
  timeZone: string;
}

async function placeOf(w: EntityWriter, assignmentId: string): Promise<Place> {
  const assignment = await w.db.assignments.get(assignmentId);
  if (!assignment) throw new NotFoundError('assignments', assignmentId);
  const shift = await w.db.shifts.get(assignment.shiftId);
  if (!shift) throw new NotFoundError('shifts', assignment.shiftId);
  const site = await w.db.sites.get(assignment.siteId);
  return { assignment, shift, timeZone: site?.timeZone ?? 'Asia/Shanghai' };
}

/** The time a person gave (or now): on or after the shift's day, and not later than now. */
function checkTime(w: EntityWriter, { shift, timeZone }: Place, at: number | undefined): number {
  const t = at ?? w.at;
  if (t < zonedInstant(shift.date, 0, timeZone)) throw new BeforeShiftDayError();
  if (t > w.at + LEEWAY_MS) throw new InFutureError();
  return t;
}

/** Whether another assignment of the shift took this one over (its check-out is the swap). */
async function replacementOf(w: EntityWriter, id: string): Promise<Assignment | undefined> {
  return w.db.assignments.where('replacesId').equals(id).first();
}

/**
 * On duty now: who has come to their post and gone, and who took over from whom. Every
 * change is audited; a check-in or out made by mistake is cleared by a command of its
 * own, so the audit keeps what was there.
 */
export const dutyCommands = defineCommands('duty', {
  /** Checks a person in at their post, now or at the time the operator typed. */
  checkIn: {
    tables: ['assignments', 'shifts', 'sites'],
    run: async (w, { assignmentId, at }: { assignmentId: string; at?: number }): Promise<Assignment> => {
      const place = await placeOf(w, assignmentId);
      if (place.assignment.checkedInAt !== null) throw new AlreadyCheckedInError();
      const checkedInAt = checkTime(w, place, at);
      return (await w.update('assignments', assignmentSchema, assignmentId, () => ({ checkedInAt }))).after;
    },
  },

  /** Checks a person out, now or at the typed time, which cannot be before their check-in. */
  checkOut: {
    tables: ['assignments', 'shifts', 'sites'],
    run: async (w, { assignmentId, at }: { assignmentId: string; at?: number }): Promise<Assignment> => {
      const place = await placeOf(w, assignmentId);
      const { checkedInAt, checkedOutAt } = place.assignment;
      if (checkedOutAt !== null) throw new AlreadyCheckedOutError();
      if (checkedInAt === null) throw new NotCheckedInError();
      const t = checkTime(w, place, at);
      if (t < checkedInAt) throw new CheckOutBeforeCheckInError();
      return (await w.update('assignments', assignmentSchema, assignmentId, () => ({ checkedOutAt: t }))).after;
    },
  },

  /** Takes back a check-in made by mistake; its check-out must go first. */
  clearCheckIn: {
    tables: ['assignments'],
    run: async (w, { assignmentId, reason = '' }: { assignmentId: string; reason?: string }): Promise<Assignment> => {
      const current = await w.db.assignments.get(assignmentId);
      if (!current) throw new NotFoundError('assignments', assignmentId);
      if (current.checkedOutAt !== null) throw new CheckedOutFirstError();
      const change = await w.update('assignments', assignmentSchema, assignmentId, () => ({ checkedInAt: null }), {
        reason,
      });
      return change.after;
    },
  },

  /** Takes back a check-out made by mistake; a swap's check-out is not one. */
  clearCheckOut: {
    tables: ['assignments'],
    run: async (w, { assignmentId, reason = '' }: { assignmentId: string; reason?: string }): Promise<Assignment> => {
      if (await replacementOf(w, assignmentId)) throw new SwappedOutError();
      const change = await w.update('assignments', assignmentSchema, assignmentId, () => ({ checkedOutAt: null }), {
        reason,
      });
      return change.after;
    },
  },

  /**
   * Swaps a person mid-shift: the old assignment is checked out at the time, and a new one
   * for `personId` at the same post and shift is checked in at it, pointing back at the
   * old one. Both stay, with their times. `describe` words the activity-log entry.
   */
  swapPerson: {
    tables: ['assignments', 'shifts', 'sites', 'people', 'posts', 'activityLog'],
    run: async (
      w,
      input: { assignmentId: string; personId: string; at?: number; describe?: DescribeSwap },
    ): Promise<{ before: Assignment; after: Assignment }> => {
      const place = await placeOf(w, input.assignmentId);
      const old = place.assignment;
      if (old.checkedOutAt !== null) throw new AlreadyCheckedOutError();
      const t = checkTime(w, place, input.at);
      if (old.checkedInAt !== null && t < old.checkedInAt) throw new CheckOutBeforeCheckInError();
      const [person, outgoing, post] = await Promise.all([
        w.db.people.get(input.personId),
        w.db.people.get(old.personId),
        w.db.posts.get(old.postId),
      ]);
      if (!person || person.siteId !== old.siteId) throw new NotFoundError('people', input.personId);
      if (!person.active) throw new PersonStoodDownError(person.name);
      const onShift = await w.db.assignments.where('shiftId').equals(old.shiftId).toArray();
      if (onShift.some((a) => a.personId === person.id && a.checkedOutAt === null)) {
        throw new AlreadyOnShiftError(person.name);
      }
      const before = (await w.update('assignments', assignmentSchema, old.id, () => ({ checkedOutAt: t }))).after;
      const after = await w.create('assignments', assignmentSchema, {
        id: crypto.randomUUID(),
        siteId: old.siteId,
        shiftId: old.shiftId,
        postId: old.postId,
        personId: person.id,
        checkedInAt: t,
        checkedOutAt: null,
        replacesId: old.id,
      });
      if (input.describe) {
        await logActivity(w, {
          siteId: old.siteId,
          at: t,
          kind: 'shift',
          text: input.describe({ post: post?.name ?? '', from: outgoing?.name ?? '', to: person.name, at: t }),
        });
      }
      return { before, after };
    },
  },
});
