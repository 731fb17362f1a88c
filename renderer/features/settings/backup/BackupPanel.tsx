import { useCallback, useState } from 'react';
import type { OpenFileResult } from '../../../../shared/bridge/contract';
import { BACKUP_EXTENSION } from '../../../../shared/backup/backupHeader';
import type { Site } from '../../../../shared/domain';
import { useAppInfo } from '../../../hooks/useAppInfo';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { BackupList } from './BackupList';
import { ExportDialog } from './ExportDialog';
import { MAX_BACKUP_BYTES } from './useRestore';
import { RestoreDialog } from './RestoreDialog';
import { takenText } from './takenText';
import { useBackUpNow } from './useBackUpNow';
import { useBackupList } from './useBackupList';
import './backup.css';

/** Settings' 备份与恢复: back up now, export (optionally sealed), restore from a file, and the kept backups. */
export function BackupPanel({ site }: { site: Site }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { bridge } = useServices();
  const info = useAppInfo();
  const list = useBackupList(site.id);
  const { backUp, busy, taken, clear } = useBackUpNow();
  const [exporting, setExporting] = useState(false);
  const [source, setSource] = useState<(() => Promise<OpenFileResult>) | null>(null);

  const chooseFile = () =>
    setSource(
      () => () =>
        bridge.openFile({
          filters: [{ name: t('backup.fileFilter'), extensions: [BACKUP_EXTENSION] }],
          maxBytes: MAX_BACKUP_BYTES,
        }),
    );
  const restoreKept = (name: string) => setSource(() => () => bridge.readBackup({ siteId: site.id, name }));
  const closeRestore = useCallback(() => setSource(null), []);

  return (
    <section className="backup-panel" aria-labelledby="backup-title">
      <h3 id="backup-title">{t('backup.title')}</h3>
      <p className="hint">{t('backup.help')}</p>
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => void backUp(site.id, 'manual')}>
          {t('backup.backUpNow')}
        </button>
        <button type="button" onClick={() => setExporting(true)}>
          {t('backup.exportSite')}
        </button>
        <button type="button" onClick={chooseFile}>
          {t('backup.restore')}
        </button>
      </div>
      {taken?.written && <p role="status">{takenText(taken, i18n)}</p>}
      <ErrorMessage message={taken && !taken.written ? takenText(taken, i18n) : null} onDismiss={clear} />
      {info?.host === 'browser' ? (
        <p className="hint">{t('backup.listBrowser')}</p>
      ) : (
        list && (
          <>
            <BackupList
              list={list}
              timeZone={site.timeZone}
              onShow={(name) => void bridge.showBackup({ siteId: site.id, name })}
              onRestore={restoreKept}
            />
            <p className="hint">{t('backup.listSchedule')}</p>
          </>
        )
      )}
      <ExportDialog site={site} open={exporting} onClose={() => setExporting(false)} />
      <RestoreDialog site={site} source={source} onClose={closeRestore} />
    </section>
  );
}
