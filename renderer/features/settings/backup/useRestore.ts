import { totalRows } from '../countsText';
import { useCallback, useRef, useState } from 'react';
import { BackupRefusedError } from '../../../../shared/backup/checkBackup';
import type { OpenFileResult } from '../../../../shared/bridge/contract';
import type { CheckedBackup, ReadStage } from '../../../db/backup/readBackupFile';
import type { RestoreMode } from '../../../db/backup/backupCommands';
import type { BackedUp } from '../../../db/backup/siteRows';
import { describeError } from '../../../hooks/describeError';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { describeReadFailure } from './describeBackupProblem';

export type RestoreState =
  | { phase: 'empty' }
  | { phase: 'needs-passphrase'; name: string; wrong: boolean }
  | { phase: 'checking'; name: string; stage: ReadStage }
  | { phase: 'ready'; name: string; checked: CheckedBackup }
  | { phase: 'restoring'; name: string; stage: 'backup' | 'restoring' }
  | { phase: 'done'; name: string; siteName: string; rows: number; backupPath: string | null }
  | { phase: 'refused'; message: string };

/** The most a backup file may be: a year of a busy site is well under it. */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

/**
 * Restoring a file, step by step: open it, ask its passphrase if sealed, check it whole
 * (nothing written, cancellable), show what it holds, then restore it as a new site or in
 * place of the current one (after backing that one up) in one transaction.
 */
export function useRestore(timeZone: string) {
  const services = useServices();
  const i18n = useI18n();
  const [state, setState] = useState<RestoreState>({ phase: 'empty' });
  const file = useRef<{ name: string; data: Uint8Array } | null>(null);
  const run = useRef(0);

  const check = useCallback(
    async (passphrase: string | null) => {
      const opened = file.current;
      if (!opened) return;
      const mine = ++run.current;
      setState({ phase: 'checking', name: opened.name, stage: 'checking' });
      try {
        const { readBackupFile } = await import('../../../db/backup/readBackupFile');
        const checked = await readBackupFile(services.db, opened.data, passphrase, (stage) => {
          if (run.current === mine) setState({ phase: 'checking', name: opened.name, stage });
        });
        if (run.current === mine) setState({ phase: 'ready', name: opened.name, checked });
      } catch (err) {
        if (run.current !== mine) return;
        const kind = err instanceof BackupRefusedError ? err.problem.kind : null;
        if (kind === 'passphrase-needed' || kind === 'wrong-passphrase')
          setState({ phase: 'needs-passphrase', name: opened.name, wrong: kind === 'wrong-passphrase' });
        else setState({ phase: 'refused', message: describeReadFailure(err, i18n) });
      }
    },
    [services.db, i18n],
  );

  /** Takes a file from the host (a chosen file, or a kept backup) and checks it; false when none was chosen. */
  const open = useCallback(
    async (source: () => Promise<OpenFileResult>): Promise<boolean> => {
      const result = await source();
      if (!result.opened) {
        if (result.reason === 'cancelled') return false;
        setState({
          phase: 'refused',
          message: describeReadFailure(new BackupRefusedError({ kind: 'too-large' }), i18n),
        });
        return true;
      }
      file.current = { name: result.name, data: result.data };
      await check(null);
      return true;
    },
    [check, i18n],
  );

  const restore = useCallback(
    async (mode: RestoreMode, currentSiteId: string | null) => {
      if (state.phase !== 'ready') return;
      const { name, checked } = state;
      let backupPath: string | null = null;
      let backedUp: BackedUp | null = null;
      try {
        if (mode === 'replace' && currentSiteId) {
          setState({ phase: 'restoring', name, stage: 'backup' });
          const { takeBackup } = await import('../../../db/backup/takeBackup');
          const taken = await takeBackup(services, currentSiteId, 'before-restore');
          if (!taken.written) {
            setState({ phase: 'refused', message: i18n.t('backup.backupFirstFailed', { message: taken.message }) });
            return;
          }
          backupPath = taken.path ?? taken.fileName;
          backedUp = { siteId: currentSiteId, chainHead: taken.header.chainHead };
        }
        setState({ phase: 'restoring', name, stage: 'restoring' });
        const { backupCommands } = await import('../../../db/backup/backupCommands');
        await backupCommands.restoreSite(services, { body: checked.body, mode, fileName: name, backedUp });
        const rows = totalRows(checked.header.counts);
        setState({ phase: 'done', name, siteName: checked.body.site.name, rows, backupPath });
      } catch (err) {
        // The words for a refused command already say that nothing was saved.
        setState({ phase: 'refused', message: describeError(err, i18n, timeZone) });
      }
    },
    [state, services, i18n, timeZone],
  );

  const reset = useCallback(() => {
    run.current++;
    file.current = null;
    setState({ phase: 'empty' });
  }, []);
  return { state, open, check, restore, reset };
}
