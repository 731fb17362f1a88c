import { assignmentSchema, shiftSchema, type Assignment, type Shift } from '../../../../shared/domain';
import { copyPlan, planShifts } from '../../../../shared/rules/shiftPlanning';
import { addDays, zonedInstant } from '../../../../shared/time/zoned';
import { defineCommands } from '../../../db/command';
import type { EntityWriter } from '../../../db/entityWriter';
import { NotFoundError } from '../../../db/errors';
import { AlreadyAssignedError, AssignmentWorkedError, PersonStoodDownError, ShiftWorkedError } from './refusals';

/**
 * The shifts starting on the local days from the first to the last of `dates`, by the
 * [siteId+startsAt] index in time order: a year of shifts is never read for a few days.
 */
async function shiftsSpanning(w: EntityWriter, siteId: string, dates: readonly string[], timeZone: string) {
  const sorted = [...dates].sort();
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return [];
  return w.db.shifts
    .where('[siteId+startsAt]')
    .between(
      [siteId, zonedInstant(first, 0, timeZone)],
      [siteId, zonedInstant(addDays(last, 1), 0, timeZone)],
      true,
      false,
    )
    .toArray();
}

/** The shifts whose local date is one of `dates`, in time order. */
async function shiftsOnDates(w: EntityWriter, siteId: string, dates: readonly string[], timeZone: string) {
  const wanted = new Set(dates);
  return (await shiftsSpanning(w, siteId, dates, timeZone)).filter((s) => wanted.has(s.date));
}

async function assignmentsOf(w: EntityWriter, shifts: readonly Shift[]): Promise<Assignment[]> {
  return w.db.assignments
    .where('shiftId')
    .anyOf(shifts.map((s) => s.id))
    .toArray();
}

/** Who may be put on a shift: someone who exists and is not stood down. */
async function activePerson(w: EntityWriter, personId: string): Promise<{ name: string }> {
  const person = await w.db.people.get(personId);
  if (!person) throw new NotFoundError('people', personId);
  if (!person.active) throw new PersonStoodDownError(person.name);
  return person;
}

async function unworked(w: EntityWriter, assignmentId: string): Promise<Assignment> {
  const a = await w.db.assignments.get(assignmentId);
  if (!a) throw new NotFoundError('assignments', assignmentId);
  if (a.checkedInAt !== null) throw new AssignmentWorkedError((await w.db.people.get(a.personId))?.name ?? '');
  return a;
}

async function refuseTwice(w: EntityWriter, shiftId: string, postId: string, personId: string): Promise<void> {
  const there = await w.db.assignments.where('shiftId').equals(shiftId).toArray();
  if (there.some((a) => a.postId === postId && a.personId === personId)) {
    throw new AlreadyAssignedError((await w.db.people.get(personId))?.name ?? '');
  }
}

/**
 * What the assignment board changes: who stands where in which shift, each shift's
 * leader, the shifts a pattern makes, and a day's plan copied onto the next days.
 * The board's rules (shared/rules/shiftChecks.ts) flag problems; these refuse only what
 * cannot be right (someone stood down, the same person twice in one cell, undoing work done).
 */
export const boardCommands = defineCommands('board', {
  assignPerson: {
    tables: ['assignments', 'people', 'shifts'],
    run: async (w, input: { shiftId: string; postId: string; personId: string }): Promise<Assignment> => {
      const shift = await w.db.shifts.get(input.shiftId);
      if (!shift) throw new NotFoundError('shifts', input.shiftId);
      await activePerson(w, input.personId);
      await refuseTwice(w, input.shiftId, input.postId, input.personId);
      return w.create('assignments', assignmentSchema, {
        ...input,
        id: crypto.randomUUID(),
        siteId: shift.siteId,
        checkedInAt: null,
        checkedOutAt: null,
        replacesId: null,
      });
    },
  },

  /** Takes someone off a cell; refused once they have checked in (that is history: swap or check out). */
  unassignPerson: {
    tables: ['assignments', 'people'],
    run: async (w, { assignmentId }: { assignmentId: string }): Promise<Assignment> => {
      await unworked(w, assignmentId);
      return w.remove('assignments', assignmentId);
    },
  },

  /** Moves someone to another cell (dragged there); the same refusals as taking off and putting on. */
  moveAssignment: {
    tables: ['assignments', 'people', 'shifts'],
    run: async (
      w,
      { assignmentId, shiftId, postId }: { assignmentId: string; shiftId: string; postId: string },
    ): Promise<Assignment> => {
      const a = await unworked(w, assignmentId);
      if (a.shiftId === shiftId && a.postId === postId) return a;
      if (!(await w.db.shifts.get(shiftId))) throw new NotFoundError('shifts', shiftId);
      await refuseTwice(w, shiftId, postId, a.personId);
      const { after } = await w.update('assignments', assignmentSchema, assignmentId, () => ({ shiftId, postId }));
      return after;
    },
  },

  /** Names the shift's leader (带班), or nobody (null). */
  setShiftLeader: {
    tables: ['shifts', 'people'],
    run: async (w, { shiftId, leaderId }: { shiftId: string; leaderId: string | null }): Promise<Shift> => {
      if (leaderId !== null) await activePerson(w, leaderId);
      const { after } = await w.update('shifts', shiftSchema, shiftId, () => ({ leaderId }));
      return after;
    },
  },

  /**
   * Makes a pattern's shifts on the given local dates, in the site's time zone. A shift
   * already there (same start and end) is not made twice; shifts made before, worked or
   * not, are never touched.
   */
  generateShifts: {
    tables: ['shifts', 'shiftPatterns', 'sites'],
    run: async (w, { patternId, dates }: { patternId: string; dates: readonly string[] }): Promise<Shift[]> => {
      const pattern = await w.db.shiftPatterns.get(patternId);
      if (!pattern) throw new NotFoundError('shiftPatterns', patternId);
      const site = await w.db.sites.get(pattern.siteId);
      if (!site) throw new NotFoundError('sites', pattern.siteId);
      const existing = await shiftsSpanning(w, site.id, dates, site.timeZone);
      const made: Shift[] = [];
      for (const planned of planShifts(pattern, dates, site.timeZone, existing)) {
        made.push(await w.create('shifts', shiftSchema, { ...planned, id: crypto.randomUUID(), siteId: site.id }));
      }
      return made;
    },
  },

  /** Removes a shift made by mistake, with its assignments; refused once anyone has checked in on it. */
  removeShift: {
    tables: ['shifts', 'assignments', 'handoverNotes'],
    run: async (w, { shiftId }: { shiftId: string }): Promise<Shift> => {
      const assignments = await w.db.assignments.where('shiftId').equals(shiftId).toArray();
      if (assignments.some((a) => a.checkedInAt !== null)) throw new ShiftWorkedError();
      if ((await w.db.handoverNotes.where('shiftId').equals(shiftId).count()) > 0) throw new ShiftWorkedError();
      for (const a of assignments) await w.remove('assignments', a.id);
      return w.remove('shifts', shiftId);
    },
  },

  /**
   * Copies one day's plan (who stands where, and the leaders) onto other days, shift by
   * shift of the same name and start time. Days that have no shifts yet get them from the
   * patterns the day copied has; who is already on a target shift stays.
   */
  copyDay: {
    tables: ['shifts', 'assignments', 'shiftPatterns', 'sites', 'people'],
    run: async (
      w,
      { siteId, from, to }: { siteId: string; from: string; to: readonly string[] },
    ): Promise<{ assignments: number; leaders: number; shifts: number }> => {
      const site = await w.db.sites.get(siteId);
      if (!site) throw new NotFoundError('sites', siteId);
      const sourceShifts = await shiftsOnDates(w, siteId, [from], site.timeZone);
      const source = { shifts: sourceShifts, assignments: await assignmentsOf(w, sourceShifts) };
      let made = 0;
      const existing = await shiftsSpanning(w, siteId, to, site.timeZone);
      for (const patternId of new Set(sourceShifts.map((s) => s.patternId))) {
        const pattern = await w.db.shiftPatterns.get(patternId);
        if (!pattern) continue;
        for (const planned of planShifts(pattern, to, site.timeZone, existing)) {
          existing.push(await w.create('shifts', shiftSchema, { ...planned, id: crypto.randomUUID(), siteId }));
          made++;
        }
      }
      const targetShifts = await shiftsOnDates(w, siteId, to, site.timeZone);
      const plan = copyPlan(
        source,
        { shifts: targetShifts, assignments: await assignmentsOf(w, targetShifts) },
        site.timeZone,
      );
      const people = new Map((await w.db.people.where('siteId').equals(siteId).toArray()).map((p) => [p.id, p]));
      // Someone stood down since the day copied stands nowhere new.
      const copied = plan.assignments.filter((a) => people.get(a.personId)?.active === true);
      for (const a of copied) {
        await w.create('assignments', assignmentSchema, {
          ...a,
          id: crypto.randomUUID(),
          siteId,
          checkedInAt: null,
          checkedOutAt: null,
          replacesId: null,
        });
      }
      const leaders = plan.leaders.filter((l) => people.get(l.leaderId)?.active === true);
      for (const l of leaders) await w.update('shifts', shiftSchema, l.shiftId, () => ({ leaderId: l.leaderId }));
      return { assignments: copied.length, leaders: leaders.length, shifts: made };
    },
  },
});
