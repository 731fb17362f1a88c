import type { BackupListing } from '../../../../shared/bridge/contract';
import { formatDateTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/useI18n';
import { countsText } from '../countsText';
import { formatBytes } from '../storageFigures';

/** The laptop's kept backups of the site, newest first, each with why, size and what it holds. */
export function BackupList({
  list,
  timeZone,
  onShow,
  onRestore,
}: {
  list: readonly BackupListing[];
  timeZone: string;
  onShow: (name: string) => void;
  onRestore: (name: string) => void;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  if (list.length === 0) return <p className="hint">{t('backup.listEmpty')}</p>;
  return (
    <table className="backup-list">
      <caption>{t('backup.listTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('backup.listWhen')}</th>
          <th scope="col">{t('backup.listReason')}</th>
          <th scope="col">{t('backup.listSize')}</th>
          <th scope="col">{t('backup.listCounts')}</th>
          <th scope="col">{t('backup.listActions')}</th>
        </tr>
      </thead>
      <tbody>
        {list.map((b) => (
          <tr key={b.name}>
            <td>{formatDateTime(b.header?.createdAt ?? b.writtenAt, locale, timeZone)}</td>
            <td>{b.header ? t(`backup.reason.${b.header.reason}`) : t('backup.listUnreadable')}</td>
            <td>{formatBytes(b.bytes, locale)}</td>
            <td className="backup-counts">{b.header ? countsText(b.header.counts, i18n) : '—'}</td>
            <td>
              <button type="button" className="button-quiet" onClick={() => onShow(b.name)}>
                {t('backup.listShow')}
              </button>
              <button type="button" className="button-quiet" onClick={() => onRestore(b.name)}>
                {t('backup.listRestore')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
