import { useEffect, useState, type RefObject } from 'react';
import {
  observationCategories,
  type AskedCheckpoint,
  type ObservationCategory,
  type Site,
} from '../../../../shared/domain';
import { typedTimeNear } from '../../../../shared/time/typedTime';
import { useCommand } from '../../../hooks/useCommand';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { ChoiceSelect } from '../../../ui/ChoiceSelect';

const results = ['clear', 'observation', 'skipped'] as const;
type Result = (typeof results)[number];

/**
 * The report for one checkpoint, as the patrol radios it in. The time field has the
 * focus: Enter alone records "reached now, all clear"; a typed time, an observation
 * (category and what was seen) or a skip (why) take a few keys more. After each report
 * the focus is back on the time field, for the next checkpoint.
 */
export function ReportForm({
  site,
  patrolId,
  choices,
  ordered,
  timeRef,
}: {
  site: Site;
  patrolId: string;
  /** The checkpoints that may be reported now: the next one, or on an any-order round all not yet reported. */
  choices: readonly AskedCheckpoint[];
  ordered: boolean;
  /** The time field, where the keys start for each checkpoint. */
  timeRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useI18n();
  const services = useServices();
  const [which, setWhich] = useState(choices[0]?.id ?? '');
  const [time, setTime] = useState('');
  const [result, setResult] = useState<Result>('clear');
  const [category, setCategory] = useState<ObservationCategory>('breach');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { run, error, busy } = useCommand(site.timeZone);
  const current = choices.find((c) => c.id === which) ?? choices[0];

  useEffect(() => {
    timeRef.current?.focus();
  }, [current?.id, timeRef]);

  if (!current) return null;
  const submit = async (e: { preventDefault: () => void }) => {
    e.preventDefault();
    const now = services.clock.now();
    const at = time.trim() === '' ? now : typedTimeNear(time, now, site.timeZone);
    if (at === null) return setProblem(t('patrols.badTime'));
    setProblem(null);
    const ok = await run(async () => {
      const { roundCommands } = await import('./commands');
      const base = { patrolId, checkpointId: current.id, at };
      if (result === 'skipped') return roundCommands.skipCheckpoint(services, { ...base, reason: note });
      return roundCommands.reachCheckpoint(services, {
        ...base,
        category: result === 'observation' ? category : null,
        note: result === 'observation' ? note : '',
      });
    });
    if (ok) {
      setTime('');
      setResult('clear');
      setNote('');
      setWhich('');
      timeRef.current?.focus();
    }
  };

  return (
    <form
      className="report-form"
      onSubmit={(e) => void submit(e)}
      aria-label={t('patrols.reportTitle', { checkpoint: current.name })}
    >
      <h4>{t('patrols.reportTitle', { checkpoint: current.name })}</h4>
      {current.checks && <p className="hint">{t('patrols.reportChecks', { checks: current.checks })}</p>}
      {!ordered && choices.length > 1 && (
        <label>
          {t('patrols.which')}
          <select value={current.id} onChange={(e) => setWhich(e.target.value)}>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('patrols.time')}
        <input ref={timeRef} type="text" inputMode="numeric" value={time} onChange={(e) => setTime(e.target.value)} />
      </label>
      <label>
        {t('patrols.result')}
        <ChoiceSelect value={result} choices={results} labelOf={(r) => t(`patrols.result.${r}`)} onChoose={setResult} />
      </label>
      {result === 'observation' && (
        <label>
          {t('patrols.category')}
          <ChoiceSelect
            value={category}
            choices={observationCategories}
            labelOf={(c) => t(`category.${c}`)}
            onChoose={setCategory}
          />
        </label>
      )}
      {result !== 'clear' && (
        <label>
          {t(result === 'observation' ? 'patrols.note.observation' : 'patrols.note.skipped')}
          <input type="text" value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      )}
      <button type="submit" disabled={busy}>
        {t('patrols.save')}
      </button>
      <p className="hint">{t('patrols.reportKeys')}</p>
      <ErrorMessage message={problem ?? error} />
    </form>
  );
}
