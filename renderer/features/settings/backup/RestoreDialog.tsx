import { useEffect, useState } from 'react';
import type { OpenFileResult } from '../../../../shared/bridge/contract';
import type { Site } from '../../../../shared/domain';
import { formatNumber } from '../../../i18n/format';
import { useI18n } from '../../../i18n/useI18n';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { WorkProgress } from '../../../ui/WorkProgress';
import { BackupPreview } from './BackupPreview';
import { useRestore } from './useRestore';

/**
 * Restoring a site from a file: opened from Settings with a file source (a file the
 * operator picks, or one of the laptop's backups), which it reads as soon as it opens.
 */
export function RestoreDialog({
  site,
  source,
  onClose,
}: {
  site: Site | null;
  source: (() => Promise<OpenFileResult>) | null;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { state, open, check, restore, reset } = useRestore(site?.timeZone ?? 'Asia/Shanghai');
  const [passphrase, setPassphrase] = useState('');

  useEffect(() => {
    if (!source) return;
    void open(source).then((chosen) => {
      if (!chosen) onClose();
    });
  }, [source, open, onClose]);

  const close = () => {
    const finished = state.phase === 'done';
    reset();
    setPassphrase('');
    onClose();
    if (finished) window.location.hash = '#/';
  };

  return (
    <Dialog title={t('backup.restoreTitle')} open={source !== null} onClose={close}>
      {state.phase === 'needs-passphrase' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            // The passphrase is not kept once the check has it.
            setPassphrase('');
            void check(passphrase);
          }}
        >
          <p>{t('backup.restoreFile', { file: state.name })}</p>
          <p>{t('backup.restoreEncrypted')}</p>
          <label className="field">
            <span>{t('backup.passphrase')}</span>
            <input
              type="password"
              autoComplete="off"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
              maxLength={200}
              data-autofocus
            />
          </label>
          <ErrorMessage message={state.wrong ? t('backup.problem.wrong-passphrase') : null} />
          <DialogActions cancel={t('backup.cancel')} onCancel={close} confirm={t('backup.restoreCheck')} />
        </form>
      )}
      {state.phase === 'checking' && (
        <WorkProgress text={t(`backup.stage.${state.stage}`)} cancel={t('backup.cancel')} onCancel={close} />
      )}
      {state.phase === 'ready' && (
        <>
          <BackupPreview name={state.name} checked={state.checked} />
          <div className="restore-choices" role="group" aria-label={t('backup.restoreTitle')}>
            <div>
              <button type="button" onClick={() => void restore('new', site?.id ?? null)}>
                {t('backup.restoreAsNew')}
              </button>
              <p className="hint">{t('backup.restoreAsNewHelp')}</p>
            </div>
            {site && (
              <div>
                <button type="button" className="button-danger" onClick={() => void restore('replace', site.id)}>
                  {t('backup.restoreReplace', { name: site.name })}
                </button>
                <p className="hint">{t('backup.restoreReplaceHelp')}</p>
              </div>
            )}
          </div>
          <DialogActions cancel={t('backup.cancel')} onCancel={close} />
        </>
      )}
      {state.phase === 'restoring' && (
        <WorkProgress text={t(state.stage === 'backup' ? 'backup.stage.writing' : 'backup.stage.restoring')} />
      )}
      {state.phase === 'done' && (
        <>
          <p role="status">
            {state.backupPath
              ? t('backup.restoredAfterBackup', {
                  name: state.siteName,
                  rows: formatNumber(state.rows, locale),
                  path: state.backupPath,
                })
              : t('backup.restored', { name: state.siteName, rows: formatNumber(state.rows, locale) })}
          </p>
          <DialogActions cancel={t('backup.close')} onCancel={close} />
        </>
      )}
      {state.phase === 'refused' && (
        <>
          <ErrorMessage message={state.message} />
          <DialogActions cancel={t('backup.close')} onCancel={close} />
        </>
      )}
    </Dialog>
  );
}
