import type { Site } from '../domain';
import { localDate } from '../time/zoned';

/** Day 1 is the local calendar day the closure began on. */
export function closureDay(site: Site, now: number): number | null {
  if (site.closureStartedAt === null || now < site.closureStartedAt) return null;
  const start = Date.parse(`${localDate(site.closureStartedAt, site.timeZone)}T00:00:00Z`);
  const today = Date.parse(`${localDate(now, site.timeZone)}T00:00:00Z`);
  return Math.round((today - start) / 86_400_000) + 1;
}
