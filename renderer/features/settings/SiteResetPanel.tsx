import { useState } from 'react';
import type { Site } from '../../../shared/domain';
import { useLive } from '../../db/live/useLive';
import { siteCountsOf } from '../../db/queries/siteCounts';
import { useServices } from '../../services/useServices';
import { useI18n } from '../../i18n/useI18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { DialogActions } from '../../ui/DialogActions';
import { useAfterBackup } from './backup/useAfterBackup';
import { countsText } from './countsText';

type Pending = 'demo' | 'empty' | null;

/**
 * "Reset to demo site" and "start an empty site": each names what it deletes, with its
 * counts, backs the current site up first and says where the backup is.
 */
export function SiteResetPanel({ site }: { site: Site | null }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const services = useServices();
  const [pending, setPending] = useState<Pending>(null);
  const [name, setName] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const counts = useLive(siteCountsOf, site?.id ?? null).data;
  const { run, error, busy, clear } = useAfterBackup(site?.timeZone ?? 'Asia/Shanghai');

  const close = () => {
    setPending(null);
    setName('');
    clear();
  };
  const confirm = async () => {
    // A new site with no name is refused by the command before anything is deleted: no backup is needed for that.
    const unnamed = pending === 'empty' && name.trim() === '';
    const { ok, where } = await run(
      unnamed ? null : (site?.id ?? null),
      pending === 'demo' ? 'before-reset' : 'before-empty',
      async (backedUp) => {
        const { resetToDemo, settingsCommands } = await import('./commands');
        return pending === 'demo'
          ? resetToDemo(services, language, backedUp)
          : settingsCommands.startEmptySite(services, { name, backedUp });
      },
    );
    if (ok) {
      setDone(where ? t('backup.replacedSite', { where }) : t('settings.done'));
      close();
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
            setDone(null);
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
            setDone(null);
            setPending('empty');
          }}
        >
          {t('settings.startEmpty')}
        </button>
      </div>
      {done && <p role="status">{done}</p>}
      <Dialog
        title={pending === 'demo' ? t('settings.resetDemo') : t('settings.startEmpty')}
        open={pending !== null}
        onClose={close}
      >
        <p>{pending === 'demo' ? t('settings.resetDemoConfirm') : t('settings.startEmptyConfirm')}</p>
        {counts && <p>{t('backup.willDelete', { counts: countsText(counts, i18n) })}</p>}
        {site && <p className="hint">{t('backup.willBackUp')}</p>}
        {pending === 'empty' && (
          <label className="field">
            <span>{t('settings.newSiteName')}</span>
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} />
          </label>
        )}
        <ErrorMessage message={error} onDismiss={clear} />
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
