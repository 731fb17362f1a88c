import type { Shift, ShiftRules } from '../domain';

const MINUTE = 60_000;

/**
 * Whole minutes a check-in came after the shift's start; 0 for one at or before it.
 * Seconds are dropped: 08:31:59 on an 08:00 shift is 31 minutes late, as the post says it.
 */
export function minutesLate(checkedInAt: number, shift: Pick<Shift, 'startsAt'>): number {
  return checkedInAt <= shift.startsAt ? 0 : Math.floor((checkedInAt - shift.startsAt) / MINUTE);
}

/**
 * A check-in is late when it comes more than the site's grace after the shift's start:
 * exactly the grace is still on time, a minute past it is late.
 */
export function isLateCheckIn(
  checkedInAt: number,
  shift: Pick<Shift, 'startsAt'>,
  rules: Pick<ShiftRules, 'lateGraceMinutes'>,
): boolean {
  return checkedInAt - shift.startsAt > rules.lateGraceMinutes * MINUTE;
}
