import type { BackupHeader, BackupReason } from '../../../shared/backup/backupHeader';
import type { Services } from '../../services/ServicesContext';
import { backupCommands } from './backupCommands';
import { makeBackupFile } from './makeBackupFile';

export type TakenBackup =
  | { written: true; path: string | null; fileName: string; header: BackupHeader }
  | { written: false; reason: 'no-space' | 'not-writable' | 'failed'; message: string };

/**
 * Backs a site up where the host keeps backups (Electron: its data folder; a browser:
 * a download) and notes it as the site's last. Says what went wrong rather than throwing:
 * every caller shows it to the operator at once.
 */
export async function takeBackup(
  services: Pick<Services, 'db' | 'clock' | 'bridge' | 'live'>,
  siteId: string,
  reason: BackupReason,
): Promise<TakenBackup> {
  try {
    const { version } = await services.bridge.getAppInfo();
    const file = await makeBackupFile(services.db, siteId, { reason, now: services.clock.now(), appVersion: version });
    const result = await services.bridge.writeBackup({
      siteId,
      fileName: file.fileName,
      timeZone: file.header.site.timeZone,
      data: file.bytes,
    });
    if (!result.written) return result;
    // The host never writes over a backup: a name taken already comes back as "name (2).cordon".
    const fileName = result.path?.split(/[\\/]/).at(-1) ?? file.fileName;
    await backupCommands.noteBackup(services, {
      siteId,
      at: file.header.createdAt,
      chainHead: file.header.chainHead,
      fileName,
      path: result.path,
    });
    return { written: true, path: result.path, fileName, header: file.header };
  } catch (err) {
    return { written: false, reason: 'failed', message: err instanceof Error ? err.message : String(err) };
  }
}
