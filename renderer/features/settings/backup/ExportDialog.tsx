import { useState } from 'react';
import type { Site } from '../../../../shared/domain';
import { formatNumber } from '../../../i18n/format';
import { useI18n } from '../../../i18n/useI18n';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { WorkProgress } from '../../../ui/WorkProgress';
import { useExportSite } from './useExportSite';

const MIN_PASSPHRASE = 8;

/** "Export site": an optional passphrase typed twice, then the file, with its progress and where it went. */
export function ExportDialog({ site, open, onClose }: { site: Site; open: boolean; onClose: () => void }) {
  const { t, locale } = useI18n();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { state, start, cancel, reset } = useExportSite(site);

  const close = () => {
    if (state.phase === 'working') cancel();
    setPassphrase('');
    setAgain('');
    setProblem(null);
    reset();
    onClose();
  };
  const submit = () => {
    if (passphrase !== '' && passphrase.length < MIN_PASSPHRASE) return setProblem(t('backup.passphraseShort'));
    if (passphrase !== again) return setProblem(t('backup.passphraseMismatch'));
    setProblem(null);
    // The passphrase is not kept once the export has it.
    setPassphrase('');
    setAgain('');
    void start(passphrase);
  };

  return (
    <Dialog title={t('backup.exportTitle', { name: site.name })} open={open} onClose={close}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <p className="hint">{t('backup.help')}</p>
        <label className="field">
          <span>{t('backup.passphrase')}</span>
          <input
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            maxLength={200}
            data-autofocus
          />
        </label>
        <label className="field">
          <span>{t('backup.passphraseAgain')}</span>
          <input
            type="password"
            autoComplete="new-password"
            value={again}
            onChange={(e) => setAgain(e.target.value)}
            maxLength={200}
          />
        </label>
        <p className="hint">{t('backup.passphraseHint')}</p>
        <ErrorMessage message={problem} onDismiss={() => setProblem(null)} />
        {state.phase === 'working' && (
          <WorkProgress text={t(`backup.stage.${state.stage}`)} cancel={t('backup.cancel')} onCancel={cancel} />
        )}
        {state.phase === 'done' && (
          <p role="status">
            {state.path
              ? t('backup.exportedTo', {
                  path: state.path,
                  rows: formatNumber(state.rows, locale),
                  encrypted: state.encrypted ? t('backup.encryptedNote') : '',
                })
              : t('backup.exported', {
                  file: state.fileName,
                  rows: formatNumber(state.rows, locale),
                  encrypted: state.encrypted ? t('backup.encryptedNote') : '',
                })}
          </p>
        )}
        <ErrorMessage
          message={state.phase === 'failed' ? t('backup.failed', { message: state.message }) : null}
          onDismiss={reset}
        />
        <DialogActions
          cancel={state.phase === 'done' ? t('backup.close') : t('backup.cancel')}
          onCancel={close}
          {...(state.phase === 'done' ? {} : { confirm: t('backup.export') })}
          disabled={state.phase === 'working'}
        />
      </form>
    </Dialog>
  );
}
