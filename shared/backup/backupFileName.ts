import { safeNamePart } from '../print/sheetFiles';
import { localParts, localStamp } from '../time/zoned';
import type { BackupReason } from './backupHeader';

/** A backup's file name: the site, the local time it was taken to the second (names sort in time order), why. */
export function backupFileName(siteName: string, at: number, timeZone: string, reason: BackupReason): string {
  const second = String(localParts(at, timeZone).second).padStart(2, '0');
  return `${safeNamePart(siteName) || 'site'}-${localStamp(at, timeZone)}${second}-${reason}.cordon`;
}
