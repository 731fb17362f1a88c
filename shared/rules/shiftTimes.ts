import { localTime } from '../time/zoned';

/**
 * A shift's times as people on the post say them: a shift ending at midnight ends at
 * "24:00", not "00:00".
 */
export function shiftRangeText(startsAt: number, endsAt: number, timeZone: string): { start: string; end: string } {
  const end = localTime(endsAt, timeZone);
  return { start: localTime(startsAt, timeZone), end: end === '00:00' ? '24:00' : end };
}
