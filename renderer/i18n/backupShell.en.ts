import type { backupShellZhCN } from './backupShell.zh-CN';

/** The shell's backups: the browser's reminder in the header and a failed backup under it, in English. */
export const backupShellEn: Record<keyof typeof backupShellZhCN, string> = {
  'backupShell.lastBackup': 'Backed up {ago}',
  'backupShell.never': 'Never backed up',
  'backupShell.download': 'Download',
  'backupShell.downloadLabel': 'Download backup',
  'backupShell.downloading': 'Backing up…',
  'backupShell.hintShift':
    'No backup since this shift began. A browser does not back up by itself: download a backup at least once a shift and keep it on a USB stick or another computer.',
  'backupShell.hintNever':
    'This site has never been backed up. A browser does not back up by itself: download a backup at least once a shift and keep it on a USB stick or another computer.',
  'backupShell.justNow': 'just now',
  'backupShell.minutesAgo': '{count} min ago',
  'backupShell.hoursAgo': '{count} h ago',
  'backupShell.daysAgo': '{count} d ago',
  'backupShell.problem.no-space': "Backup failed: the disk is full. The site's data is not backed up.",
  'backupShell.problem.not-writable':
    "Backup failed: the backup folder cannot be written to. The site's data is not backed up.",
  'backupShell.problem.failed': "Backup failed. The site's data is not backed up.",
  'backupShell.advice.no-space':
    'Delete files this laptop does not need to free space, or plug in a USB stick and export the site in Settings › Backups and restore.',
  'backupShell.advice.not-writable':
    'Backup folder: {folder}. Check its permissions (or ask an administrator to), or plug in a USB stick and export the site in Settings › Backups and restore.',
  'backupShell.advice.failed':
    'Click “Try again”; if it still fails, plug in a USB stick and export the site in Settings › Backups and restore.',
  'backupShell.problem.system': 'System message: {message}',
  'backupShell.retry': 'Try again',
  'backupShell.retrying': 'Trying again…',
};
