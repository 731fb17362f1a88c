import { totalRows } from '../countsText';
import { useCallback, useRef, useState } from 'react';
import { BACKUP_EXTENSION } from '../../../../shared/backup/backupHeader';
import type { Site } from '../../../../shared/domain';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'working'; stage: 'reading' | 'encrypting' | 'writing' }
  | { phase: 'done'; fileName: string; path: string | null; rows: number; encrypted: boolean }
  | { phase: 'failed'; message: string };

/**
 * Exports the site to a file the operator chooses (a download in a browser), sealed with
 * a passphrase when one is given. Cancelling stops it before anything is written.
 */
export function useExportSite(site: Site) {
  const services = useServices();
  const { t } = useI18n();
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const cancelled = useRef(false);

  const start = useCallback(
    async (passphrase: string) => {
      cancelled.current = false;
      try {
        const [{ makeBackupFile }, info] = await Promise.all([
          import('../../../db/backup/makeBackupFile'),
          services.bridge.getAppInfo(),
        ]);
        const file = await makeBackupFile(
          services.db,
          site.id,
          {
            reason: 'export',
            now: services.clock.now(),
            appVersion: info.version,
            ...(passphrase ? { passphrase } : {}),
          },
          (stage) => setState({ phase: 'working', stage }),
        );
        if (cancelled.current) return setState({ phase: 'idle' });
        setState({ phase: 'working', stage: 'writing' });
        const saved = await services.bridge.saveFile({
          suggestedName: file.fileName,
          mimeType: 'application/octet-stream',
          data: file.bytes,
          filters: [{ name: t('backup.fileFilter'), extensions: [BACKUP_EXTENSION] }],
        });
        if (!saved.saved) return setState({ phase: 'idle' });
        const rows = totalRows(file.header.counts);
        setState({ phase: 'done', fileName: file.fileName, path: saved.path, rows, encrypted: passphrase !== '' });
      } catch (err) {
        setState({ phase: 'failed', message: err instanceof Error ? err.message : String(err) });
      }
    },
    [services, site.id, t],
  );
  const cancel = useCallback(() => {
    cancelled.current = true;
    setState({ phase: 'idle' });
  }, []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, cancel, reset };
}
