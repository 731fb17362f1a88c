import { useState } from 'react';
import type { Checkpoint } from '../../../../shared/domain';
import { useCommand } from '../../../hooks/useCommand';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { CheckpointFields } from './CheckpointFields';

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
  const [draft, setDraft] = useState({ name: opened.name, checks: opened.checks });
  const [nameMissing, setNameMissing] = useState(false);

  const save = async () => {
    if (draft.name.trim() === '') {
      setNameMissing(true);
      return;
    }
    setNameMissing(false);
    const ok = await run(async () =>
      (await import('./commands')).patrolRouteCommands.updateCheckpoint(services, { opened, ...draft }),
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
      <CheckpointFields
        draft={draft}
        onChange={setDraft}
        nameMissing={nameMissing}
        errorId="checkpoint-name-error"
        autoFocus
      />
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
