import { useState } from 'react';
import type { Site } from '../../../../shared/domain';
import { describeError } from '../../../hooks/describeError';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { dayTable } from './exportTables';
import { dayRoster } from './queries';
import { saveTable } from './saveTable';
import type { ExportFormat } from './writeTable';
import './peopleIO.css';

/** Exports one local day's assignments (shift, post, person) to xlsx or CSV. */
export function DayExportButton({ site, date }: { site: Site | null; date: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const services = useServices();
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  if (!site) return null;

  const exportAs = async (format: ExportFormat) => {
    setExporting(true);
    setFailure(null);
    setStatus(t('peopleIO.exporting'));
    try {
      // Read once, on the click: the board does not keep the day's export rows live.
      await services.live.answered(dayRoster, [site.id, date]);
      const day = services.live.peek(dayRoster, [site.id, date]);
      const table = day && dayTable(day, site.timeZone, t);
      if (!table || table.rows.length === 0) {
        setStatus(t('peopleIO.exportNothing'));
        return;
      }
      const base = t('peopleIO.file.day', { site: site.name, date });
      const { saved, fileName } = await saveTable(services.bridge, table, format, base, t('peopleIO.exportDay'));
      setStatus(saved ? t('peopleIO.exported', { count: table.rows.length, file: fileName }) : '');
    } catch (err) {
      setStatus('');
      setFailure(describeError(err, i18n, site.timeZone));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className="people-io-actions" role="group" aria-label={t('peopleIO.exportDay')}>
      <span className="people-io-label">{t('peopleIO.exportDay')}</span>
      <button type="button" className="button-quiet" disabled={exporting} onClick={() => void exportAs('xlsx')}>
        {t('peopleIO.exportXlsx')}
      </button>
      <button type="button" className="button-quiet" disabled={exporting} onClick={() => void exportAs('csv')}>
        {t('peopleIO.exportCsv')}
      </button>
      <span role="status" className="people-io-status">
        {status}
      </span>
      <ErrorMessage message={failure} onDismiss={() => setFailure(null)} />
    </div>
  );
}
