import { useState, type SyntheticEvent } from 'react';
import { groupSides, type Group, type Person } from '../../../../shared/domain';
import { cleanName } from '../../../../shared/domain/text';
import { useLive } from '../../../db/live/useLive';
import { useCommand } from '../../../hooks/useCommand';
import { useI18n } from '../../../i18n/useI18n';
import type { MessageKey } from '../../../i18n/translate';
import { useServices } from '../../../services/useServices';
import { DialogActions } from '../../../ui/DialogActions';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { fieldErrors } from '../../../ui/fieldErrors';
import { groupsOfSite } from '../queries';
import { ChoiceSelect } from '../../../ui/ChoiceSelect';

interface GroupFormValues {
  name: string;
  side: Group['side'];
  /** '' for no leader. */
  leaderId: string;
}

const valuesOf = (g: Group | null): GroupFormValues => ({
  name: g?.name ?? '',
  side: g?.side ?? 'outside',
  leaderId: g?.leaderId ?? '',
});

/**
 * Add a group (name and side), or edit one: rename it, move it to another side, name its
 * leader from its members on the roll. An edit over a change saved since is refused.
 */
export function GroupForm({
  siteId,
  timeZone,
  group,
  members,
  onDone,
}: {
  siteId: string;
  timeZone: string;
  group: Group | null;
  members: readonly Person[];
  onDone: () => void;
}) {
  const { t } = useI18n();
  const services = useServices();
  const [values, setValues] = useState(() => valuesOf(group));
  const [errors, setErrors] = useState<Partial<Record<keyof GroupFormValues, MessageKey>>>({});
  const { run, error, changedSince, busy, clearError } = useCommand(timeZone);
  const [opened, setOpened] = useState(group);
  const stored = useLive(groupsOfSite, siteId).data?.find((g) => g.id === group?.id);

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    if (cleanName(values.name) === '') return setErrors({ name: 'people.error.groupNameRequired' });
    setErrors({});
    const { name, side } = values;
    const ok = await run(async () => {
      const { peopleCommands } = await import('./commands');
      return opened
        ? peopleCommands.updateGroup(services, {
            opened,
            fields: { name, side, leaderId: values.leaderId === '' ? null : values.leaderId },
          })
        : peopleCommands.createGroup(services, { siteId, fields: { name, side } });
    });
    if (ok) onDone();
  };
  const reload = () => {
    if (!stored) return;
    setOpened(stored);
    setValues(valuesOf(stored));
    clearError();
  };
  const { fieldError, invalid } = fieldErrors('group', errors, t);

  return (
    <form className="group-form" noValidate onSubmit={(e) => void submit(e)}>
      <label className="field">
        <span>{t('people.group.name')}</span>
        <input
          value={values.name}
          onChange={(e) => setValues({ ...values, name: e.target.value })}
          maxLength={120}
          data-autofocus
          {...invalid('name')}
        />
        {fieldError('name')}
      </label>
      <label className="field">
        <span>{t('people.group.side')}</span>
        <ChoiceSelect
          value={values.side}
          choices={groupSides}
          labelOf={(s) => t(`people.side.${s}`)}
          onChoose={(side) => setValues({ ...values, side })}
        />
      </label>
      {opened && (
        <label className="field">
          <span>{t('people.group.leader')}</span>
          <select value={values.leaderId} onChange={(e) => setValues({ ...values, leaderId: e.target.value })}>
            <option value="">{t('people.group.noLeader')}</option>
            {members.map((p) => (
              <option key={p.id} value={p.id}>
                {p.role ? t('people.group.leaderOption', { name: p.name, role: p.role }) : p.name}
              </option>
            ))}
          </select>
          <small className="muted">
            {members.length > 0 ? t('people.group.leaderHint') : t('people.group.noMembers')}
          </small>
        </label>
      )}
      <ErrorMessage message={error} onDismiss={clearError} onReload={changedSince && stored ? reload : undefined} />
      <DialogActions cancel={t('people.cancel')} onCancel={onDone} confirm={t('people.save')} disabled={busy} />
    </form>
  );
}
