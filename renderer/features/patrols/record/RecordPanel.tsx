import { useEffect, useRef, useState } from 'react';
import type { CheckpointVisit, Patrol, Site } from '../../../../shared/domain';
import { typedTimeNear } from '../../../../shared/time/typedTime';
import { localTime } from '../../../../shared/time/zoned';
import { useCommand } from '../../../hooks/useCommand';
import { useI18n } from '../../../i18n/useI18n';
import { useServices } from '../../../services/useServices';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { ReportForm } from './ReportForm';
import { useDescribeRound } from './useDescribeRound';

/**
 * A round under way: its checkpoints in the order asked with what was reported at each,
 * the report form for the next one, and ending the round. Everything by keyboard.
 */
export function RecordPanel({
  site,
  patrol,
  visits,
  names,
  raisedVisitIds,
}: {
  site: Site;
  patrol: Patrol;
  visits: readonly CheckpointVisit[];
  names: ReadonlyMap<string, string>;
  raisedVisitIds: ReadonlySet<string>;
}) {
  const { t } = useI18n();
  const services = useServices();
  const tz = site.timeZone;
  const describe = useDescribeRound(tz);
  const [endTime, setEndTime] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { run, error, busy } = useCommand(tz);
  const byCheckpoint = new Map(visits.map((v) => [v.checkpointId, v]));
  const open = patrol.checkpoints.filter((c) => !byCheckpoint.has(c.id));
  const choices = patrol.ordered ? open.slice(0, 1) : open;
  const endRef = useRef<HTMLInputElement>(null);
  const reportTimeRef = useRef<HTMLInputElement>(null);
  // Every checkpoint reported: the next key the operator presses ends the round.
  useEffect(() => {
    if (choices.length === 0) endRef.current?.focus();
  }, [choices.length]);
  const round = t('patrols.round', { route: patrol.routeName, due: localTime(patrol.dueAt, tz) });
  const people = patrol.personIds.map((id) => names.get(id) ?? '—').join('、');

  const end = async (e: { preventDefault: () => void }) => {
    e.preventDefault();
    const now = services.clock.now();
    const at = endTime.trim() === '' ? now : typedTimeNear(endTime, now, tz);
    if (at === null) return setProblem(t('patrols.badTime'));
    setProblem(null);
    await run(async () =>
      (await import('./commands')).roundCommands.endRound(services, { patrolId: patrol.id, at, describe }),
    );
  };
  const raise = async (visitId: string) => {
    await run(async () => (await import('./commands')).roundCommands.raiseIncident(services, { visitId, describe }));
    // The button goes once raised: the keys carry on where the round's report does.
    (choices.length > 0 ? reportTimeRef : endRef).current?.focus();
  };

  const visitText = (v: CheckpointVisit) => {
    const time = localTime(v.at, tz);
    if (v.status === 'skipped') return t('patrols.cp.skipped', { time, note: v.note });
    if (v.observation === 'observation')
      return t('patrols.cp.observation', {
        time,
        category: t(`category.${v.category ?? 'other'}`),
        note: v.note,
      });
    return t('patrols.cp.clear', { time });
  };

  return (
    <section className="record-panel" aria-label={t('patrols.recording', { round })}>
      <h3>{t('patrols.recording', { round })}</h3>
      <p>{t('patrols.recordingMeta', { start: localTime(patrol.startedAt ?? patrol.dueAt, tz), people })}</p>
      <h4>{t('patrols.checkpoints')}</h4>
      <ol className="checkpoint-progress">
        {patrol.checkpoints.map((c) => {
          const v = byCheckpoint.get(c.id);
          return (
            <li key={c.id}>
              <strong>{c.name}</strong>{' '}
              {v
                ? visitText(v)
                : choices[0]?.id === c.id && patrol.ordered
                  ? `← ${t('patrols.cp.next')}`
                  : t('patrols.cp.waiting')}
              {v?.observation === 'observation' &&
                (raisedVisitIds.has(v.id) ? (
                  <em> · {t('patrols.cp.incident')}</em>
                ) : (
                  <button type="button" className="button-secondary" onClick={() => void raise(v.id)} disabled={busy}>
                    {t('patrols.raise')}
                  </button>
                ))}
            </li>
          );
        })}
      </ol>
      {choices.length > 0 ? (
        <ReportForm
          site={site}
          patrolId={patrol.id}
          choices={choices}
          ordered={patrol.ordered}
          timeRef={reportTimeRef}
        />
      ) : (
        <p role="status">{t('patrols.allDone')}</p>
      )}
      <form className="end-form" onSubmit={(e) => void end(e)}>
        <label>
          {t('patrols.endTime')}
          <input
            type="text"
            inputMode="numeric"
            value={endTime}
            onChange={(e) => setEndTime(e.target.value)}
            ref={endRef}
          />
        </label>
        <button type="submit" disabled={busy}>
          {t('patrols.end')}
        </button>
      </form>
      <ErrorMessage message={problem ?? error} />
    </section>
  );
}
