import type { CheckpointVisit } from '../../../../shared/domain';
import type { Round } from '../../../../shared/rules/patrolRounds';
import { formatTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/useI18n';

/** A round's checkpoints in the order they were asked of it (not the route as it is now), with what was found. */
export function RoundDetail({ round, timeZone }: { round: Round; timeZone: string }) {
  const { t, locale } = useI18n();
  const asked = round.patrol?.checkpoints ?? [];
  const visitOf = new Map<string, CheckpointVisit>(round.visits.map((v) => [v.checkpointId, v]));
  return (
    <div className="history-detail">
      {asked.length === 0 ? (
        <p className="hint">{t('patrolHistory.noCheckpoints')}</p>
      ) : (
        <ol className="history-checkpoints">
          {asked.map((c) => {
            const v = visitOf.get(c.id);
            return (
              <li key={c.id}>
                <span className="history-cp-name">{c.name}</span>
                <span className="history-cp-time">
                  {v ? formatTime(v.at, locale, timeZone) : t('patrolHistory.notYet')}
                </span>
                <span className="history-cp-what">
                  {!v
                    ? t('patrolHistory.notVisited')
                    : v.status === 'skipped'
                      ? t('patrolHistory.skipped', { reason: v.note })
                      : v.observation === 'observation'
                        ? `${v.category ? t(`category.${v.category}`) : ''}${v.category && v.note ? '：' : ''}${v.note}`
                        : t('patrolHistory.allClear')}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {round.patrol?.note && <p className="history-note">{t('patrolHistory.note', { note: round.patrol.note })}</p>}
    </div>
  );
}
