import { useState } from 'react';
import { activityKinds, type ActivityKind, type Site } from '../../../../shared/domain';
import { useCommand } from '../../../hooks/useCommand';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { ChoiceSelect } from '../../../ui/ChoiceSelect';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { BadTimeAlert, TypedTimeField } from '../TypedTimeField';
import { useTypedTime } from '../useTypedTime';

/**
 * A line typed by the operator: category, text, and the time it happened (empty for now,
 * or HH:mm / a date and time for something told afterwards, then shown as entered late).
 */
export function AddEntryForm({ site }: { site: Site }) {
  const { t } = useI18n();
  const services = useServices();
  const { run, error, busy } = useCommand(site.timeZone);
  const [kind, setKind] = useState<ActivityKind>('note');
  const [text, setText] = useState('');
  const time = useTypedTime(site.timeZone);

  const add = async () => {
    const at = time.read();
    if (at === null) return;
    const ok = await run(async () =>
      (await import('./commands')).logCommands.addEntry(services, {
        siteId: site.id,
        kind,
        text,
        ...(at !== undefined ? { at } : {}),
      }),
    );
    if (ok) {
      setText('');
      time.setText('');
    }
  };

  return (
    <form
      className="log-add"
      aria-label={t('log.add.title')}
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <label>
        <span>{t('log.add.kind')}</span>
        <ChoiceSelect value={kind} choices={activityKinds} labelOf={(k) => t(`log.kind.${k}`)} onChoose={setKind} />
      </label>
      <label className="log-add-text">
        <span>{t('log.add.text')}</span>
        <input value={text} maxLength={2000} onChange={(e) => setText(e.target.value)} />
      </label>
      <TypedTimeField label={t('log.add.time')} time={time} hintId="log-add-time-hint" />
      <button type="submit" className="button-primary" disabled={busy}>
        {t('log.add.submit')}
      </button>
      <p id="log-add-time-hint" className="hint log-add-hint">
        {t('log.add.timeHint')}
      </p>
      <BadTimeAlert bad={time.bad} />
      <ErrorMessage message={error} />
    </form>
  );
}
