import type { backupShellZhCN } from './backupShell.zh-CN';

/** The shell's backups: the browser's reminder in the header and a failed backup under it, in English. */
export const backupShellEn: Record<keyof typeof backupShellZhCN, string> = {
  'backupShell.lastBackup': 'Last backup: {ago} (before this shift)',
  'backupShell.never': 'Not backed up yet',
  'backupShell.download': 'Download backup',
  'backupShell.downloading': 'Backing up…',
  'backupShell.reminderHint':
    'A browser does not back up by itself: download a backup at least once a shift and keep it on a USB stick or another computer.',
  'backupShell.justNow': 'just now',
  'backupShell.minutesAgo': '{count} min ago',
  'backupShell.hoursAgo': '{count} h ago',
  'backupShell.daysAgo': '{count} d ago',
  'backupShell.problem.no-space':
    'Backup failed: the disk is full, and the site’s data is not backed up. Delete files this laptop does not need to free space, or plug in a USB stick and export the site in Settings › Backups and restore.',
  'backupShell.problem.not-writable':
    'Backup failed: the backup folder cannot be written to ({folder}), and the site’s data is not backed up. Check the folder’s permissions (or ask an administrator to), or plug in a USB stick and export the site in Settings › Backups and restore.',
  'backupShell.problem.failed':
    'Backup failed, and the site’s data is not backed up. Click “Try again”; if it still fails, plug in a USB stick and export the site in Settings › Backups and restore.',
  'backupShell.problem.system': 'System message: {message}',
  'backupShell.retry': 'Try again',
  'backupShell.retrying': 'Trying again…',
};
