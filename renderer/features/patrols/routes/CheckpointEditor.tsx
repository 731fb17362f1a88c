import { useState } from 'react';
import type { Checkpoint } from '../../../../shared/domain';
import { useCommand } from '../../../hooks/useCommand';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { ErrorMessage } from '../../../ui/ErrorMessage';

/** Renaming a checkpoint and what to check there, saved over the row the form opened on. */
export function CheckpointEditor({
  opened,
  timeZone,
  onDone,
}: {
  opened: Checkpoint;
  timeZone: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const services = useServices();
  const { run, error, busy } = useCommand(timeZone);
  const [name, setName] = useState(opened.name);
  const [checks, setChecks] = useState(opened.checks);
  const [nameMissing, setNameMissing] = useState(false);

  const save = async () => {
    if (name.trim() === '') {
      setNameMissing(true);
      return;
    }
    setNameMissing(false);
    const ok = await run(async () =>
      (await import('./commands')).patrolRouteCommands.updateCheckpoint(services, { opened, name, checks }),
    );
    if (ok) onDone();
  };

  return (
    <form
      className="route-editor"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        <span>{t('patrolRoutes.checkpointName')}</span>
        <input
          data-autofocus
          maxLength={120}
          value={name}
          aria-invalid={nameMissing ? true : undefined}
          aria-describedby={nameMissing ? 'checkpoint-name-error' : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        {nameMissing && (
          <span className="field-error" id="checkpoint-name-error">
            {t('patrolRoutes.error.name')}
          </span>
        )}
      </label>
      <label>
        <span>{t('patrolRoutes.checks')}</span>
        <input maxLength={300} value={checks} onChange={(e) => setChecks(e.target.value)} />
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={onDone}>
          {t('patrolRoutes.cancel')}
        </button>
        <button type="submit" className="button-primary" disabled={busy}>
          {t('patrolRoutes.save')}
        </button>
      </div>
      <ErrorMessage message={error} />
    </form>
  );
}
