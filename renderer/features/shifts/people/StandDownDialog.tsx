import { useState } from 'react';
import type { Group, Person } from '../../../../shared/domain';
import { useCommand } from '../../../hooks/useCommand';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { ErrorMessage } from '../../../ui/ErrorMessage';

/** Whom to stand down (`to: 'stood-down'`) or take back (`to: 'active'`). */
export interface StandDownAsk {
  person: Person;
  to: 'stood-down' | 'active';
}

/**
 * Asks before standing someone down or reinstating them, saying what it means: their
 * history is kept, and they are offered for no new shift (or are again). Cancel has the
 * focus, so a stray Enter changes nothing.
 */
export function StandDownDialog({
  ask,
  groups,
  timeZone,
  onClose,
}: {
  ask: StandDownAsk | null;
  groups: ReadonlyMap<string, Group>;
  timeZone: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const services = useServices();
  const { run, error, busy, clearError } = useCommand(timeZone);
  const [reason, setReason] = useState('');
  const close = () => {
    clearError();
    setReason('');
    onClose();
  };
  const down = ask?.to === 'stood-down';
  const person = ask?.person;
  const led = person?.groupId ? groups.get(person.groupId) : undefined;
  const confirm = async () => {
    if (!person) return;
    const id = person.id;
    const ok = await run(async () => {
      const { peopleCommands } = await import('./commands');
      return down
        ? peopleCommands.standDownPerson(services, { id, reason })
        : peopleCommands.reinstatePerson(services, { id });
    });
    if (ok) close();
  };
  return (
    <Dialog title={down ? t('people.standDownTitle') : t('people.reinstateTitle')} open={ask !== null} onClose={close}>
      {person && (
        <p>
          {down
            ? t('people.standDownConfirm', { name: person.name })
            : t('people.reinstateConfirm', { name: person.name })}
        </p>
      )}
      {down && person && led?.leaderId === person.id && (
        <p>{t('people.standDownLeader', { name: person.name, group: led.name })}</p>
      )}
      {down && (
        <label className="field">
          <span>{t('people.reason')}</span>
          <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
        </label>
      )}
      <ErrorMessage message={error} onDismiss={clearError} />
      <DialogActions
        cancel={t('people.cancel')}
        onCancel={close}
        focusCancel
        confirm={down ? t('people.standDown') : t('people.reinstate')}
        onConfirm={() => void confirm()}
        disabled={busy}
        danger={down}
      />
    </Dialog>
  );
}
