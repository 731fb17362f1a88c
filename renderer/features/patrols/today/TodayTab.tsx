import { useMemo, useState } from 'react';
import type { Site } from '../../../../shared/domain';
import { flaggedRounds, type Round } from '../../../../shared/rules/patrolRounds';
import { localTime } from '../../../../shared/time/zoned';
import { useLive } from '../../../db/live/useLive';
import { shiftNow } from '../../../db/queries/currentShift';
import { roundsOfPeriod } from '../../../db/queries/patrolRounds';
import { useMinute } from '../../../hooks/useMinute';
import { useI18n } from '../../../i18n/useI18n';
import { sheetLinks } from '../../../services/sheetLinks';
import { personNames, raisedVisits } from '../queries';
import { RecordPanel } from '../record/RecordPanel';
import { StartRoundDialog } from '../record/StartRoundDialog';
import { flagWords, nextRound, stateWords } from './roundWords';
import { todayWindow } from './todayWindow';

/**
 * Today's rounds: what needs attention first (late, missed, out too long, ended short),
 * then the round to act on now (start it, or record it as the patrol reports), then the
 * timeline of today and the current shift. It turns over by itself as the minutes pass.
 */
export function TodayTab({ site }: { site: Site | null }) {
  const { t } = useI18n();
  const minute = useMinute();
  const siteId = site?.id ?? null;
  const tz = site?.timeZone ?? 'Asia/Shanghai';
  const shift = useLive(shiftNow, siteId, minute).data?.shift ?? null;
  const { from, to } = todayWindow(minute, tz, shift);
  const rounds = useLive(roundsOfPeriod, siteId, from, to, minute).data ?? [];
  const nameList = useLive(personNames, siteId).data;
  const raisedList = useLive(raisedVisits, siteId, from).data;
  const names = useMemo(() => new Map((nameList ?? []).map((p) => [p.id, p.name])), [nameList]);
  const raised = useMemo(() => new Set(raisedList ?? []), [raisedList]);
  const [starting, setStarting] = useState<Round | null>(null);
  const [chosenId, setChosenId] = useState<string | null>(null);

  if (!site) return <p>{t('patrols.noSite')}</p>;
  const flagged = flaggedRounds(rounds);
  const next = nextRound(rounds);
  const chosen = rounds.find((r) => r.patrol?.id === chosenId && r.patrol.endedAt === null) ?? null;
  const recording = chosen ?? (next?.patrol ? next : null);
  const label = (r: Round) => t('patrols.round', { route: r.route.name, due: localTime(r.dueAt, tz) });
  const crew = (r: Round) => (r.patrol?.personIds ?? []).map((id) => names.get(id) ?? '—').join('、');

  return (
    <div className="patrols-today">
      {flagged.length > 0 && (
        <section className="round-flags" aria-labelledby="round-flags-title">
          <h3 id="round-flags-title">⚠ {t('patrols.flagsTitle')}</h3>
          <ul>
            {flagged.map((r) => (
              <li key={`${r.route.id}@${r.dueAt}`}>{flagWords(t, r, tz)}</li>
            ))}
          </ul>
        </section>
      )}
      <section className="next-round" aria-labelledby="next-round-title">
        <h3 id="next-round-title">{t('patrols.nextTitle')}</h3>
        {recording?.patrol ? (
          <RecordPanel
            site={site}
            patrol={recording.patrol}
            visits={recording.visits}
            names={names}
            raisedVisitIds={raised}
          />
        ) : next ? (
          <p className="next-round-line">
            <strong>{label(next)}</strong> · {stateWords(t, next)}{' '}
            <button type="button" onClick={() => setStarting(next)}>
              {t('patrols.start')}
            </button>
          </p>
        ) : (
          <p>{rounds.length === 0 ? t('patrols.noRoutes') : t('patrols.nextNone')}</p>
        )}
      </section>
      <section aria-labelledby="timeline-title">
        <h3 id="timeline-title">{t('patrols.timelineTitle')}</h3>
        {shift && (
          <a className="button-secondary" href={sheetLinks.patrolRecord(shift.id, shift.date)}>
            {t('patrols.printRecord', { shift: shift.name })}
          </a>
        )}
        <table className="round-timeline">
          <thead>
            <tr>
              <th scope="col">{t('patrols.col.due')}</th>
              <th scope="col">{t('patrols.col.route')}</th>
              <th scope="col">{t('patrols.col.state')}</th>
              <th scope="col">{t('patrols.col.started')}</th>
              <th scope="col">{t('patrols.col.ended')}</th>
              <th scope="col">{t('patrols.col.people')}</th>
              <th scope="col">{t('patrols.col.action')}</th>
            </tr>
          </thead>
          <tbody>
            {rounds.map((r) => (
              <tr key={`${r.route.id}@${r.dueAt}`} data-state={r.state.status}>
                <td>{localTime(r.dueAt, tz)}</td>
                <td>{r.route.name}</td>
                <td>{stateWords(t, r)}</td>
                <td>{r.patrol?.startedAt ? localTime(r.patrol.startedAt, tz) : ''}</td>
                <td>{r.patrol?.endedAt ? localTime(r.patrol.endedAt, tz) : ''}</td>
                <td>{crew(r)}</td>
                <td>
                  {!r.patrol && r.state.status !== 'upcoming' && (
                    <button
                      type="button"
                      className="button-secondary"
                      onClick={() => setStarting(r)}
                      aria-label={`${t('patrols.start')} ${label(r)}`}
                    >
                      {t('patrols.start')}
                    </button>
                  )}
                  {r.patrol && r.patrol.endedAt === null && r.patrol.id !== recording?.patrol?.id && (
                    <button
                      type="button"
                      className="button-secondary"
                      onClick={() => setChosenId(r.patrol?.id ?? null)}
                    >
                      {t('patrols.record')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {starting && <StartRoundDialog site={site} round={starting} onClose={() => setStarting(null)} />}
    </div>
  );
}
