import type { TakenBackup } from '../../../db/backup/takeBackup';
import type { I18n } from '../../../i18n/I18nContext';

/** Where a backup went (a path on disk, or the name of a download), or why it failed. */
export function takenText(taken: TakenBackup, { t }: Pick<I18n, 't'>): string {
  if (!taken.written) return t('backup.failed', { message: taken.message });
  return taken.path ? t('backup.backedUp', { path: taken.path }) : t('backup.downloaded', { file: taken.fileName });
}
