import type { BridgeHandlers } from '../../shared/bridge/contract';
import { backupDir } from './backupPlace';
import { keptBackupPath, listBackupFiles, readBackupFile, writeBackupFile } from './backupStore';

export type BackupHandlers = Pick<BridgeHandlers, 'writeBackup' | 'listBackups' | 'readBackup' | 'showBackup'>;

/**
 * The Electron host's backups: kept in `<userData>/backups/<siteId>/`. `reveal` shows a
 * file in the system's file manager (Electron's shell, passed in so the rest is tested
 * without Electron).
 */
export function createBackupHandlers(
  userDataPath: string,
  reveal: (filePath: string) => void,
  now: () => number = Date.now,
): BackupHandlers {
  const dirOf = (siteId: string) => backupDir(userDataPath, siteId);
  return {
    writeBackup: async ({ siteId, fileName, timeZone, data }) =>
      writeBackupFile(dirOf(siteId), fileName, data, timeZone, { now: now() }),
    listBackups: async (siteId) => listBackupFiles(dirOf(siteId)),
    readBackup: async ({ siteId, name }) => readBackupFile(dirOf(siteId), name),
    showBackup: async ({ siteId, name }) => {
      const filePath = await keptBackupPath(dirOf(siteId), name);
      if (filePath === null) return { shown: false };
      reveal(filePath);
      return { shown: true };
    },
  };
}
