import { useState } from 'react';
import type { Incident, Site } from '../../../../shared/domain';
import { useCommand } from '../../../hooks/useCommand';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { ErrorMessage } from '../../../ui/ErrorMessage';

/** Closes an incident: what was done is asked for (required) and goes into the log with the closing. */
export function CloseIncidentDialog({
  site,
  incident,
  onClose,
}: {
  site: Site;
  incident: Incident;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const services = useServices();
  const { run, error, busy } = useCommand(site.timeZone);
  const [outcome, setOutcome] = useState('');
  const save = async () => {
    const ok = await run(async () =>
      (await import('./commands')).logCommands.closeIncident(services, {
        incidentId: incident.id,
        outcome,
        describe: (i) => t('log.incident.describeClose', { text: i.text, outcome: i.outcome }),
      }),
    );
    if (ok) onClose();
  };
  return (
    <Dialog title={t('log.incident.closeTitle', { text: incident.text })} open onClose={onClose}>
      <form
        className="log-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h3>{t('log.incident.closeTitle', { text: incident.text })}</h3>
        <label>
          <span>{t('log.incident.outcome')}</span>
          <textarea
            data-autofocus
            required
            rows={3}
            maxLength={2000}
            value={outcome}
            onChange={(e) => setOutcome(e.target.value)}
          />
        </label>
        <ErrorMessage message={error} />
        <DialogActions cancel={t('log.cancel')} onCancel={onClose} confirm={t('log.incident.close')} disabled={busy} />
      </form>
    </Dialog>
  );
}
