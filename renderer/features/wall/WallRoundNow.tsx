import type { WallRound } from '../../../shared/wall/wallPicture';
import { formatTime } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';

/** The round out now: its route, when it was due, and how many checkpoints it has reached. */
export function WallRoundNow({ round, timeZone }: { round: WallRound | null; timeZone: string }) {
  const { t, locale } = useI18n();
  const reached = round?.checkpoints.filter((c) => c.reached).length ?? 0;
  return (
    <section className="wall-panel wall-round" aria-labelledby="wall-round-title">
      <h2 id="wall-round-title">{t('wall.round')}</h2>
      <p data-testid="wall-round">
        {round
          ? t(round.status === 'overdue' ? 'wall.roundOverdue' : 'wall.roundUnderWay', {
              route: round.routeName,
              time: formatTime(round.dueAt, locale, timeZone),
              reached,
              total: round.checkpoints.length,
            })
          : t('wall.noRoundOut')}
      </p>
    </section>
  );
}
