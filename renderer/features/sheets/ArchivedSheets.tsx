import { useState } from 'react';
import type { Site } from '../../../shared/domain';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { useServices } from '../../services/useServices';
import { sheetStamp } from './parts/sheetTime';
import { useArchivedSheets } from './useArchivedSheets';

/** The PDFs the desktop app keeps in the site's archive, newest first, each reopenable. */
export function ArchivedSheets({
  site,
  host,
  refreshKey,
}: {
  site: Site;
  host: 'electron' | 'browser';
  refreshKey: unknown;
}) {
  const { t, locale } = useI18n();
  const { bridge } = useServices();
  const sheets = useArchivedSheets(site.id, refreshKey);
  const [failed, setFailed] = useState<string | null>(null);
  const open = (name: string) => {
    setFailed(null);
    bridge.openSheet({ siteId: site.id, name }).then(
      (r) => !r.opened && setFailed(name),
      () => setFailed(name),
    );
  };
  return (
    <section aria-label={t('sheets.archive.title')}>
      <h3>{t('sheets.archive.title')}</h3>
      {host === 'browser' && <p className="muted">{t('sheets.archive.browser')}</p>}
      {host === 'electron' && sheets?.length === 0 && <p className="muted">{t('sheets.archive.none')}</p>}
      {sheets !== null && sheets.length > 0 && (
        <table className="table sheets-list">
          <thead>
            <tr>
              <th scope="col">{t('sheets.archive.col.name')}</th>
              <th scope="col">{t('sheets.archive.col.size')}</th>
              <th scope="col">{t('sheets.archive.col.time')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('sheets.archive.open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sheets.map((s) => (
              <tr key={s.name}>
                <td className="sheets-file">{s.name}</td>
                <td className="num">
                  {t('sheets.issued.size', { kb: formatNumber(Math.ceil(s.bytes / 1024), locale) })}
                </td>
                <td>{sheetStamp(s.modifiedAt, site.timeZone)}</td>
                <td>
                  <button type="button" className="button-secondary" onClick={() => open(s.name)}>
                    {t('sheets.archive.open')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {failed && <p role="alert">{t('sheets.archive.openFailed', { name: failed })}</p>}
    </section>
  );
}
