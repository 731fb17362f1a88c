import type { ActivityLogEntry } from '../domain';

/**
 * Minutes an entry may be written after the event and still count as written at the time:
 * typing a line takes a minute or two, and the log should not call that late.
 */
export const ENTERED_LATE_AFTER_MINUTES = 5;

const MINUTE = 60_000;

/**
 * An entry is "entered late" when it was written down more than a few minutes after what
 * it records happened: exactly five minutes is still on time, a moment more is late.
 */
export function isEnteredLate(entry: Pick<ActivityLogEntry, 'at' | 'recordedAt'>): boolean {
  return entry.recordedAt - entry.at > ENTERED_LATE_AFTER_MINUTES * MINUTE;
}

/** Whole minutes between the event and its writing down, for "entered 2 h 10 min later". */
export function minutesEnteredAfter(entry: Pick<ActivityLogEntry, 'at' | 'recordedAt'>): number {
  return Math.max(0, Math.floor((entry.recordedAt - entry.at) / MINUTE));
}
