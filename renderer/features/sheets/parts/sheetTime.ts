import { localDate, localTime } from '../../../../shared/time/zoned';

/**
 * A time as a sheet prints it: digits only, the same in both languages, with the date
 * when it is not the sheet's own day (an entrance sealed three days ago).
 */
export function sheetTime(ms: number, timeZone: string, sheetDate: string): string {
  const date = localDate(ms, timeZone);
  return date === sheetDate ? localTime(ms, timeZone) : `${date} ${localTime(ms, timeZone)}`;
}

/** A moment in full, for "printed at". */
export const sheetStamp = (ms: number, timeZone: string): string =>
  `${localDate(ms, timeZone)} ${localTime(ms, timeZone)}`;
