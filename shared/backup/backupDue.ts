/** Why the schedule takes a backup now. */
export type DueReason = 'shift-change' | 'interval' | 'first';

/** The least time between two backups taken because something changed. */
export const BACKUP_INTERVAL_MS = 30 * 60_000;

export interface BackupDueFacts {
  now: number;
  /** The site's last backup on this laptop: when, and its audit chain's head then. */
  last: { at: number; chainHead: string | null } | null;
  /** When the shift running now started; null when none is. */
  shiftStartedAt: number | null;
  /** The site's audit chain head now: the hash of its last audit row, null when it has none. */
  head: string | null;
}

/**
 * Whether a site's backup is due, and why: a first one when there is none; one at each
 * shift change (the shift running now started after the last backup), whether or not
 * anything changed, so each handover has its own; otherwise one when the last is 30
 * minutes old or more and the audit trail has grown since. A last backup stamped after
 * `now` (the clock was set back) has no age to judge: it counts as old, so a change
 * is backed up at once rather than after the clock catches up.
 */
export function backupDue({ now, last, shiftStartedAt, head }: BackupDueFacts): DueReason | null {
  if (last === null) return 'first';
  if (shiftStartedAt !== null && shiftStartedAt > last.at && shiftStartedAt <= now) return 'shift-change';
  const age = now - last.at;
  const old = age >= BACKUP_INTERVAL_MS || age < 0;
  return old && head !== last.chainHead ? 'interval' : null;
}

/**
 * Whether a browser, which cannot write a backup by itself, reminds the operator to
 * download one: the last is from before the shift running now, or there is none and the
 * site has something to lose (an audit trail).
 */
export function backupReminderDue(facts: BackupDueFacts): boolean {
  const due = backupDue(facts);
  return due === 'shift-change' || (due === 'first' && facts.head !== null);
}
