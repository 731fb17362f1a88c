import { useState } from 'react';
import type { Site } from '../../../shared/domain';
import { useLive } from '../../db/live/useLive';
import { siteCountsOf, sitesOnLaptop } from '../../db/queries/siteCounts';
import { useI18n } from '../../i18n/useI18n';
import { useServices } from '../../services/useServices';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAfterBackup } from './backup/useAfterBackup';
import { countsText } from './countsText';

/**
 * The sites on this laptop (a restore can add one): switch to another, or delete one that
 * is not the current site, after a confirmation that names what goes and a backup of it.
 */
export function SitesPanel() {
  const i18n = useI18n();
  const { t } = i18n;
  const services = useServices();
  const data = useLive(sitesOnLaptop).data;
  const [deleting, setDeleting] = useState<Site | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const counts = useLive(siteCountsOf, deleting?.id ?? null).data;
  const { run, error, busy, clear } = useAfterBackup(deleting?.timeZone ?? 'Asia/Shanghai');
  // Shown while there is a choice, and until its outcome has been read.
  if (!data || (data.sites.length < 2 && done === null)) return null;

  const close = () => {
    setDeleting(null);
    clear();
  };
  const confirm = async (site: Site) => {
    const { ok, where } = await run(site.id, 'before-delete', async (backedUp) => {
      const { backupCommands } = await import('../../db/backup/backupCommands');
      await backupCommands.deleteSite(services, { siteId: site.id, backedUp });
    });
    if (ok) {
      setDone(t('backup.deleted', { name: site.name, where: where ?? '' }));
      close();
    }
  };
  const switchTo = async (site: Site) => {
    const { backupCommands } = await import('../../db/backup/backupCommands');
    await backupCommands.switchSite(services, { siteId: site.id });
    window.location.assign('#/');
  };

  return (
    <section aria-labelledby="sites-title">
      <h3 id="sites-title">{t('backup.sitesTitle')}</h3>
      <ul className="site-list">
        {data.sites.map((site) => (
          <li key={site.id}>
            <strong>{site.name}</strong>
            {site.id === data.currentId ? (
              <span className="hint">{t('backup.siteCurrentMark')}</span>
            ) : (
              <>
                <button type="button" className="button-quiet" onClick={() => void switchTo(site)}>
                  {t('backup.siteSwitch')}
                </button>
                <button
                  type="button"
                  className="button-danger"
                  aria-label={`${t('backup.siteDelete')} ${site.name}`}
                  onClick={() => {
                    setDone(null);
                    setDeleting(site);
                  }}
                >
                  {t('backup.siteDelete')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {done && <p role="status">{done}</p>}
      <Dialog
        title={deleting ? t('backup.deleteTitle', { name: deleting.name }) : ''}
        open={deleting !== null}
        onClose={close}
      >
        {counts && <p>{t('backup.willDelete', { counts: countsText(counts, i18n) })}</p>}
        <p className="hint">{t('backup.willBackUp')}</p>
        <ErrorMessage message={error} onDismiss={clear} />
        <DialogActions
          cancel={t('backup.cancel')}
          onCancel={close}
          confirm={t('backup.siteDelete')}
          onConfirm={() => deleting && void confirm(deleting)}
          disabled={busy}
          danger
          focusCancel
        />
      </Dialog>
    </section>
  );
}
