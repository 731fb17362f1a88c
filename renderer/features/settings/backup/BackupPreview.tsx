import type { CheckedBackup } from '../../../db/backup/readBackupFile';
import { currentSchemaVersion } from '../../../db/versions';
import { formatDateTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/useI18n';
import { countsText } from '../countsText';

/** What a checked file holds, before the operator chooses what to do with it. */
export function BackupPreview({ name, checked }: { name: string; checked: CheckedBackup }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { header, body } = checked;
  const tz = header.site.timeZone;
  const when = (ms: number) => formatDateTime(ms, locale, tz);
  const head = body.audit.at(-1)?.hash ?? null;
  return (
    <ul className="backup-facts" aria-label={t('backup.restoreTitle')}>
      <li>{t('backup.restoreFile', { file: name })}</li>
      <li>
        <strong>{t('backup.restoreSite', { name: header.site.name })}</strong>
      </li>
      <li>{t('backup.restoreTaken', { time: when(header.createdAt), reason: t(`backup.reason.${header.reason}`) })}</li>
      {header.period && (
        <li>{t('backup.restorePeriod', { from: when(header.period.from), to: when(header.period.to) })}</li>
      )}
      {header.newestEntryAt !== null && <li>{t('backup.restoreNewest', { time: when(header.newestEntryAt) })}</li>}
      <li>
        {t('backup.restoreVersion', {
          version: String(header.schemaVersion),
          old: header.schemaVersion < currentSchemaVersion ? t('backup.restoreOldVersion') : '',
        })}
      </li>
      <li>{t('backup.restoreChain', { count: String(body.audit.length), head: head ? head.slice(0, 16) : '—' })}</li>
      <li>{t('backup.restoreCounts', { counts: countsText(header.counts, i18n) })}</li>
    </ul>
  );
}
