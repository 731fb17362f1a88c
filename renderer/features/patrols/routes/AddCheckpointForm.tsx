import { useState } from 'react';
import type { PatrolRoute } from '../../../../shared/domain';
import { useCommand } from '../../../hooks/useCommand';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { CheckpointFields } from './CheckpointFields';

/** A new checkpoint at the end of the route, named with what to check; placed on the map later. */
export function AddCheckpointForm({ route, timeZone }: { route: PatrolRoute; timeZone: string }) {
  const { t } = useI18n();
  const services = useServices();
  const { run, error, busy } = useCommand(timeZone);
  const [draft, setDraft] = useState({ name: '', checks: '' });
  const [nameMissing, setNameMissing] = useState(false);
  const errorId = `add-checkpoint-${route.id}-error`;

  const add = async () => {
    if (draft.name.trim() === '') {
      setNameMissing(true);
      return;
    }
    setNameMissing(false);
    const ok = await run(async () =>
      (await import('./commands')).patrolRouteCommands.addCheckpoint(services, {
        routeId: route.id,
        ...draft,
        position: null,
      }),
    );
    if (ok) {
      setDraft({ name: '', checks: '' });
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
      <CheckpointFields draft={draft} onChange={setDraft} nameMissing={nameMissing} errorId={errorId} />
      <button type="submit" disabled={busy}>
        {t('patrolRoutes.addCheckpoint')}
      </button>
      <p className="hint">{t('patrolRoutes.addHint')}</p>
      <ErrorMessage message={error} />
    </form>
  );
}
