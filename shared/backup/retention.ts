import { localDate } from '../time/zoned';

/** A backup file as the schedule sees it: its name and when it was taken. */
export interface BackupStamp {
  readonly name: string;
  readonly at: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Which backups the schedule keeps at `now`: every one taken in the last 24 hours; before
 * that, the newest of each local day (in the site's zone) for 30 days; and always the
 * newest of all, however old, so a laptop left off for a month still has its last backup.
 * Everything else may be deleted. A backup stamped in the future (a clock set wrong) is
 * kept: it is not the schedule's to judge.
 */
export function backupsToKeep(backups: readonly BackupStamp[], now: number, timeZone: string): Set<string> {
  const keep = new Set<string>();
  const newestOfDay = new Map<string, BackupStamp>();
  let newest: BackupStamp | null = null;
  for (const b of backups) {
    if (newest === null || b.at > newest.at) newest = b;
    if (b.at > now - DAY) {
      keep.add(b.name);
      continue;
    }
    if (b.at <= now - 30 * DAY) continue;
    const day = localDate(b.at, timeZone);
    const best = newestOfDay.get(day);
    if (!best || b.at > best.at) newestOfDay.set(day, b);
  }
  for (const b of newestOfDay.values()) keep.add(b.name);
  if (newest) keep.add(newest.name);
  return keep;
}
