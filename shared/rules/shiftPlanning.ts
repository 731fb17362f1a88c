import type { Assignment, Shift, ShiftPattern } from '../domain';
import { addDays, localDate, minuteOfDay, zonedInstant } from '../time/zoned';

/** `count` local dates from `from` (YYYY-MM-DD), one per day. */
export function datesFrom(from: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(from, i));
}

export type PlannedShift = Omit<Shift, 'id' | 'siteId'>;

/**
 * The shifts a pattern makes on each date, in the site's time zone: a slot crossing
 * midnight ends on the next day, and a slot on a day the clocks change has that day's
 * real length (a 0–24 slot on a 23-hour day is 23 hours). Each has no leader, the slot's
 * name, and the local date of its start. A slot for which `existing` (or an earlier date
 * in `dates`) already has a shift with the same start and end is skipped, so generating
 * twice makes nothing new. In time order; shifts starting together in slot order.
 */
export function planShifts(
  pattern: ShiftPattern,
  dates: readonly string[],
  timeZone: string,
  existing: readonly Shift[],
): PlannedShift[] {
  const taken = new Set(existing.map((s) => `${s.startsAt}-${s.endsAt}`));
  const planned: PlannedShift[] = [];
  for (const date of dates) {
    pattern.slots.forEach((slot, slotIndex) => {
      const startsAt = zonedInstant(date, slot.startMinute, timeZone);
      const endsAt = zonedInstant(date, slot.startMinute + slot.durationMinutes, timeZone);
      const key = `${startsAt}-${endsAt}`;
      if (taken.has(key)) return;
      taken.add(key);
      planned.push({
        patternId: pattern.id,
        slotIndex,
        name: slot.name,
        date: localDate(startsAt, timeZone),
        startsAt,
        endsAt,
        leaderId: null,
      });
    });
  }
  return planned.sort((a, b) => a.startsAt - b.startsAt);
}

interface Plan {
  shifts: readonly Shift[];
  assignments: readonly Assignment[];
}

/**
 * Copying a day's plan onto other days: for each target shift, the source shift with the
 * same name and the same local start time (minute of the day in the time zone; the first
 * in `source.shifts` when several match) gives its people (post and person) and its
 * leader. What the target already has (the same post and person) is skipped, as is swap
 * history: only assignments with no `replacesId` are copied, so the person planned
 * first comes back, not who stood in. Check-in times are never copied (the caller makes
 * new assignments from post and person). The leader is copied only where the target has
 * none. In the order of the target shifts, then of the source's assignments.
 */
export function copyPlan(
  source: Plan,
  target: Plan,
  timeZone: string,
): {
  assignments: Array<{ shiftId: string; postId: string; personId: string }>;
  leaders: Array<{ shiftId: string; leaderId: string }>;
} {
  const slotKey = (s: Shift): string => `${s.name}\u0000${minuteOfDay(s.startsAt, timeZone)}`;
  const sourceBySlot = new Map<string, Shift>();
  for (const s of source.shifts) if (!sourceBySlot.has(slotKey(s))) sourceBySlot.set(slotKey(s), s);
  const seatKey = (shiftId: string, postId: string, personId: string): string =>
    `${shiftId}\u0000${postId}\u0000${personId}`;
  const seated = new Set(target.assignments.map((a) => seatKey(a.shiftId, a.postId, a.personId)));

  const assignments: Array<{ shiftId: string; postId: string; personId: string }> = [];
  const leaders: Array<{ shiftId: string; leaderId: string }> = [];
  for (const to of target.shifts) {
    const from = sourceBySlot.get(slotKey(to));
    if (!from) continue;
    for (const a of source.assignments) {
      if (a.shiftId !== from.id || a.replacesId !== null) continue;
      const key = seatKey(to.id, a.postId, a.personId);
      if (seated.has(key)) continue;
      seated.add(key);
      assignments.push({ shiftId: to.id, postId: a.postId, personId: a.personId });
    }
    if (to.leaderId === null && from.leaderId !== null) leaders.push({ shiftId: to.id, leaderId: from.leaderId });
  }
  return { assignments, leaders };
}
