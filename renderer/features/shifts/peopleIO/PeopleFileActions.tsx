import { useState } from 'react';
import type { Site } from '../../../../shared/domain';
import { localDate } from '../../../../shared/time/zoned';
import { useLive } from '../../../db/live/useLive';
import { describeError } from '../../../hooks/describeError';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { groupsOfSite, peopleOfSite } from '../queries';
import { peopleTable } from './exportTables';
import { PeopleImportDialog } from './PeopleImportDialog';
import { saveTable } from './saveTable';
import type { ExportFormat } from './writeTable';
import './peopleIO.css';

/** The people list's import and export buttons (import from xlsx/CSV, export to xlsx/CSV). */
export function PeopleFileActions({ site }: { site: Site | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  const services = useServices();
  const people = useLive(peopleOfSite, site?.id ?? null).data;
  const groups = useLive(groupsOfSite, site?.id ?? null).data;
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  if (!site) return null;

  const exportAs = async (format: ExportFormat) => {
    if (!people || !groups) return;
    setExporting(true);
    setStatus(t('peopleIO.exporting'));
    setFailure(null);
    try {
      const base = t('peopleIO.file.people', {
        site: site.name,
        date: localDate(services.clock.now(), site.timeZone),
      });
      const { saved, fileName } = await saveTable(
        services.bridge,
        peopleTable(people, groups, t),
        format,
        base,
        t('peopleIO.exportPeople'),
      );
      setStatus(saved ? t('peopleIO.exported', { count: people.length, file: fileName }) : '');
    } catch (err) {
      setStatus('');
      setFailure(describeError(err, i18n, site.timeZone));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className="people-io-actions">
      <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
        {t('peopleIO.import')}
      </button>
      <button
        type="button"
        className="button-quiet"
        disabled={exporting || !people}
        onClick={() => void exportAs('xlsx')}
      >
        {t('peopleIO.exportXlsx')}
      </button>
      <button
        type="button"
        className="button-quiet"
        disabled={exporting || !people}
        onClick={() => void exportAs('csv')}
      >
        {t('peopleIO.exportCsv')}
      </button>
      <span role="status" className="people-io-status" data-testid="people-io-status">
        {status}
      </span>
      <ErrorMessage message={failure} onDismiss={() => setFailure(null)} />
      <PeopleImportDialog site={site} open={open} onClose={() => setOpen(false)} onDone={setStatus} />
    </div>
  );
}
