import { useState } from 'react';
import type { PatrolRoute } from '../../../../shared/domain';
import { useCommand } from '../../../hooks/useCommand';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { ErrorMessage } from '../../../ui/ErrorMessage';

/** A new checkpoint at the end of the route, named with what to check; placed on the map later. */
export function AddCheckpointForm({ route, timeZone }: { route: PatrolRoute; timeZone: string }) {
  const { t } = useI18n();
  const services = useServices();
  const { run, error, busy } = useCommand(timeZone);
  const [name, setName] = useState('');
  const [checks, setChecks] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  const errorId = `add-checkpoint-${route.id}-error`;

  const add = async () => {
    if (name.trim() === '') {
      setNameMissing(true);
      return;
    }
    setNameMissing(false);
    const ok = await run(async () =>
      (await import('./commands')).patrolRouteCommands.addCheckpoint(services, {
        routeId: route.id,
        name,
        checks,
        position: null,
      }),
    );
    if (ok) {
      setName('');
      setChecks('');
    }
  };

  return (
    <form
      className="add-checkpoint"
      noValidate
      aria-label={t('patrolRoutes.addCheckpoint')}
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <label>
        <span>{t('patrolRoutes.checkpointName')}</span>
        <input
          maxLength={120}
          value={name}
          aria-invalid={nameMissing ? true : undefined}
          aria-describedby={nameMissing ? errorId : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        {nameMissing && (
          <span className="field-error" id={errorId}>
            {t('patrolRoutes.error.name')}
          </span>
        )}
      </label>
      <label>
        <span>{t('patrolRoutes.checks')}</span>
        <input maxLength={300} value={checks} onChange={(e) => setChecks(e.target.value)} />
      </label>
      <button type="submit" disabled={busy}>
        {t('patrolRoutes.addCheckpoint')}
      </button>
      <p className="hint">{t('patrolRoutes.addHint')}</p>
      <ErrorMessage message={error} />
    </form>
  );
}
