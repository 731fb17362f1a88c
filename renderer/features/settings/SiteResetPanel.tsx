import { useState } from 'react';
import { useServices } from '../../services/useServices';
import { useCommand } from '../../hooks/useCommand';
import { useI18n } from '../../i18n/useI18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { DialogActions } from '../../ui/DialogActions';

type Pending = 'demo' | 'empty' | null;

/** "Reset to demo site" and "start an empty site", each behind a confirmation. */
export function SiteResetPanel() {
  const { t, language } = useI18n();
  const services = useServices();
  const [pending, setPending] = useState<Pending>(null);
  const [name, setName] = useState('');
  const [done, setDone] = useState(false);
  const { run, error, busy, clearError } = useCommand();

  const close = () => {
    setPending(null);
    setName('');
    clearError();
  };
  const confirm = async () => {
    const ok = await run(async () => {
      const { resetToDemo, settingsCommands } = await import('./commands');
      return pending === 'demo' ? resetToDemo(services, language) : settingsCommands.startEmptySite(services, { name });
    });
    if (ok) {
      setDone(true);
      close();
      window.location.hash = '#/';
    }
  };

  return (
    <div className="reset-panel">
      <div className="setting-row">
        <div>
          <strong>{t('settings.resetDemo')}</strong>
          <p className="hint">{t('settings.resetDemoHelp')}</p>
        </div>
        <button
          type="button"
          className="button-danger"
          onClick={() => {
            setDone(false);
            setPending('demo');
          }}
        >
          {t('settings.resetDemo')}
        </button>
      </div>
      <div className="setting-row">
        <div>
          <strong>{t('settings.startEmpty')}</strong>
          <p className="hint">{t('settings.startEmptyHelp')}</p>
        </div>
        <button
          type="button"
          className="button-danger"
          onClick={() => {
            setDone(false);
            setPending('empty');
          }}
        >
          {t('settings.startEmpty')}
        </button>
      </div>
      {done && <p role="status">{t('settings.done')}</p>}
      <Dialog
        title={pending === 'demo' ? t('settings.resetDemo') : t('settings.startEmpty')}
        open={pending !== null}
        onClose={close}
      >
        <p>{pending === 'demo' ? t('settings.resetDemoConfirm') : t('settings.startEmptyConfirm')}</p>
        {pending === 'empty' && (
          <label className="field">
            <span>{t('settings.newSiteName')}</span>
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} />
          </label>
        )}
        <ErrorMessage message={error} onDismiss={clearError} />
        <DialogActions
          cancel={t('settings.cancel')}
          onCancel={close}
          confirm={t('settings.confirm')}
          onConfirm={() => void confirm()}
          disabled={busy}
          danger
        />
      </Dialog>
    </div>
  );
}
