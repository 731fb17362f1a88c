/** The shell's backups: the browser's reminder in the header and a failed backup under it, in Simplified Chinese: the source. */
export const backupShellZhCN = {
  'backupShell.lastBackup': '上次备份：{ago}',
  'backupShell.never': '尚未备份',
  'backupShell.download': '下载备份',
  'backupShell.downloadLabel': '下载备份',
  'backupShell.downloading': '正在备份…',
  'backupShell.hintShift': '本班开始后还没有备份。浏览器不会自动备份：每班至少下载一份备份，存到 U 盘或另一台电脑上。',
  'backupShell.hintNever': '这个现场还没有备份。浏览器不会自动备份：每班至少下载一份备份，存到 U 盘或另一台电脑上。',
  'backupShell.justNow': '刚刚',
  'backupShell.minutesAgo': '{count} 分钟前',
  'backupShell.hoursAgo': '{count} 小时前',
  'backupShell.daysAgo': '{count} 天前',
  'backupShell.problem.no-space': '备份失败：磁盘已满，现场数据没有备份。',
  'backupShell.problem.not-writable': '备份失败：备份文件夹不能写入，现场数据没有备份。',
  'backupShell.problem.failed': '备份失败，现场数据没有备份。',
  'backupShell.advice.no-space': '请删除本机不用的文件腾出空间，或插入 U 盘，在“设置 › 备份与恢复”中导出现场。',
  'backupShell.advice.not-writable':
    '备份文件夹：{folder}。请检查它的权限（或请管理员检查），或插入 U 盘，在“设置 › 备份与恢复”中导出现场。',
  'backupShell.advice.failed': '请点“重试”；仍不成功时，插入 U 盘，在“设置 › 备份与恢复”中导出现场。',
  'backupShell.problem.system': '系统提示：{message}',
  'backupShell.retry': '重试',
  'backupShell.retrying': '正在重试…',
} as const;
