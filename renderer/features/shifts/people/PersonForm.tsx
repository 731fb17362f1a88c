import { useState, type SyntheticEvent } from 'react';
import { personUnits, type Group, type Person } from '../../../../shared/domain';
import { useLive } from '../../../db/live/useLive';
import { useCommand } from '../../../hooks/useCommand';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { DialogActions } from '../../../ui/DialogActions';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { fieldErrors } from '../../../ui/fieldErrors';
import { peopleOfSite } from '../queries';
import {
  isUnit,
  personFormValues,
  readPersonForm,
  type PersonFormErrors,
  type PersonFormValues,
  type PersonPreset,
} from './personForm';

/**
 * Add or edit a person. What was typed stays on any error (field checks here, the
 * command's own checks after), so a half-filled form is never lost and nothing is saved.
 */
export function PersonForm({
  siteId,
  timeZone,
  person,
  groups,
  preset,
  onDone,
}: {
  siteId: string;
  timeZone: string;
  person: Person | null;
  groups: readonly Group[];
  preset: PersonPreset;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const services = useServices();
  const [values, setValues] = useState<PersonFormValues>(() => personFormValues(person, preset));
  const [errors, setErrors] = useState<PersonFormErrors>({});
  const { run, error, changedSince, busy, clearError } = useCommand(timeZone);
  // The person as the form's values came from them: an edit saved over a later change is refused.
  const [opened, setOpened] = useState(person);
  const stored = useLive(peopleOfSite, siteId).data?.find((p) => p.id === person?.id);
  const set =
    <K extends keyof PersonFormValues>(k: K) =>
    (value: PersonFormValues[K]) =>
      setValues((v) => ({ ...v, [k]: value }));

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    const read = readPersonForm(values);
    if ('errors' in read) return setErrors(read.errors);
    setErrors({});
    const ok = await run(async () => {
      const { peopleCommands } = await import('./commands');
      return opened
        ? peopleCommands.updatePerson(services, { opened, fields: read.fields })
        : peopleCommands.createPerson(services, { siteId, fields: read.fields });
    });
    if (ok) onDone();
  };
  // Saved over by someone else since the form opened: start again from the person as they are now.
  const reload = () => {
    if (!stored) return;
    setOpened(stored);
    setValues(personFormValues(stored));
    setErrors({});
    clearError();
  };

  const { fieldError, invalid } = fieldErrors('person', errors, t);
  const led = opened?.groupId ? groups.find((g) => g.id === opened.groupId && g.leaderId === opened.id) : undefined;
  const leavesLead = led !== undefined && values.groupId !== led.id;

  return (
    <form className="person-form" noValidate onSubmit={(e) => void submit(e)}>
      <label className="field">
        <span>{t('people.field.name')}</span>
        <input
          value={values.name}
          onChange={(e) => set('name')(e.target.value)}
          maxLength={120}
          data-autofocus
          {...invalid('name')}
        />
        {fieldError('name')}
      </label>
      <div className="person-form-pair">
        <label className="field">
          <span>{t('people.field.phone')}</span>
          <input
            type="tel"
            value={values.phone}
            onChange={(e) => set('phone')(e.target.value)}
            maxLength={40}
            {...invalid('phone')}
          />
          {fieldError('phone')}
        </label>
        <label className="field">
          <span>{t('people.field.unit')}</span>
          <select
            value={values.unit}
            onChange={(e) => set('unit')(isUnit(e.target.value) ? e.target.value : '')}
            {...invalid('unit')}
          >
            <option value="" disabled>
              {t('people.chooseUnit')}
            </option>
            {personUnits.map((u) => (
              <option key={u} value={u}>
                {t(`people.unit.${u}`)}
              </option>
            ))}
          </select>
          {fieldError('unit')}
        </label>
      </div>
      <div className="person-form-pair">
        <label className="field">
          <span>{t('people.field.group')}</span>
          <select value={values.groupId} onChange={(e) => set('groupId')(e.target.value)}>
            <option value="">{t('people.noGroup')}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('people.field.role')}</span>
          <input
            value={values.role}
            onChange={(e) => set('role')(e.target.value)}
            maxLength={80}
            placeholder={t('people.roleHint')}
          />
        </label>
      </div>
      {leavesLead && opened && (
        <p className="person-form-note" role="note">
          {t('people.leaderMoves', { name: opened.name, group: led.name })}
        </p>
      )}
      <label className="field inline">
        <input type="checkbox" checked={values.reserve} onChange={(e) => set('reserve')(e.target.checked)} />
        <span>{t('people.field.reserve')}</span>
      </label>
      <label className="field">
        <span>{t('people.field.notes')}</span>
        <textarea value={values.notes} onChange={(e) => set('notes')(e.target.value)} maxLength={1000} rows={2} />
      </label>
      <ErrorMessage message={error} onDismiss={clearError} onReload={changedSince && stored ? reload : undefined} />
      <DialogActions cancel={t('people.cancel')} onCancel={onDone} confirm={t('people.save')} disabled={busy} />
    </form>
  );
}
