import { useState } from 'react';
import { activityKinds, type ActivityKind, type Site } from '../../../../shared/domain';
import { useCommand } from '../../../hooks/useCommand';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { typedInstant } from '../../../../shared/time/typedTime';

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
  const [time, setTime] = useState('');
  const [badTime, setBadTime] = useState(false);

  const add = async () => {
    // Left empty, the time is now; typed, it must read as a time.
    const at = time.trim() === '' ? null : typedInstant(time, services.clock.now(), site.timeZone);
    const bad = time.trim() !== '' && at === null;
    setBadTime(bad);
    if (bad) return;
    const ok = await run(async () =>
      (await import('./commands')).logCommands.addEntry(services, {
        siteId: site.id,
        kind,
        text,
        ...(at !== null ? { at } : {}),
      }),
    );
    if (ok) {
      setText('');
      setTime('');
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
        <select value={kind} onChange={(e) => setKind(e.target.value as ActivityKind)}>
          {activityKinds.map((k) => (
            <option key={k} value={k}>
              {t(`log.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="log-add-text">
        <span>{t('log.add.text')}</span>
        <input value={text} maxLength={2000} onChange={(e) => setText(e.target.value)} />
      </label>
      <label>
        <span>{t('log.add.time')}</span>
        <input
          value={time}
          maxLength={16}
          placeholder="HH:mm"
          aria-describedby="log-add-time-hint"
          aria-invalid={badTime || undefined}
          onChange={(e) => setTime(e.target.value)}
        />
      </label>
      <button type="submit" className="button-primary" disabled={busy}>
        {t('log.add.submit')}
      </button>
      <p id="log-add-time-hint" className="hint log-add-hint">
        {t('log.add.timeHint')}
      </p>
      {badTime && (
        <p role="alert" className="error-message">
          {t('log.add.badTime')}
        </p>
      )}
      <ErrorMessage message={error} />
    </form>
  );
}
