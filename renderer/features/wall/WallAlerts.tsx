import type { WallAlert } from '../../../shared/wall/wallAlerts';
import { formatShortDate, formatTime } from '../../i18n/format';
import type { I18n } from '../../i18n/I18nContext';
import { useI18n } from '../../i18n/useI18n';

/**
 * Every alert, most urgent first, each with a ▲ and its words (not colour alone). All of
 * them always show: the panel grows and the rotating panels below give way; past a dozen
 * the list runs in two columns.
 */
export function WallAlerts({
  alerts,
  timeZone,
  today,
}: {
  alerts: readonly WallAlert[];
  timeZone: string;
  /** The local midnight that began today: a time before it says its day too. */
  today: number;
}) {
  const { t, locale } = useI18n();
  return (
    <section className="wall-panel wall-alerts" aria-labelledby="wall-alerts-title" data-count={alerts.length}>
      <h2 id="wall-alerts-title">
        {t('wall.alerts')}
        {alerts.length > 0 && <span className="wall-count">{alerts.length}</span>}
      </h2>
      {alerts.length === 0 ? (
        <p className="wall-all-clear">✓ {t('wall.noAlerts')}</p>
      ) : (
        <ol className={alerts.length > 12 ? 'wall-alert-list is-long' : 'wall-alert-list'}>
          {alerts.map((a) => (
            <li key={a.key} className={`wall-alert wall-alert-${a.kind}`}>
              <span className="wall-alert-mark" aria-hidden="true">
                ▲
              </span>
              {alertText(a, t, (ms) => whenText(ms, today, locale, timeZone))}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function whenText(ms: number, today: number, locale: string, timeZone: string): string {
  const time = formatTime(ms, locale, timeZone);
  return ms < today ? `${formatShortDate(ms, locale, timeZone)} ${time}` : time;
}

function alertText(a: WallAlert, t: I18n['t'], time: (ms: number) => string): string {
  switch (a.kind) {
    case 'incident':
      return t('wall.alert.incident', { category: t(`category.${a.category}`), time: time(a.at) });
    case 'entrance':
      return t('wall.alert.entrance', {
        name: a.name,
        state: t(`entranceState.${a.state}`),
        planned: t(`entranceState.${a.planned}`),
      });
    case 'round':
      return t(`wall.alert.round.${a.status}`, {
        route: a.routeName,
        time: time(a.dueAt),
        minutes: a.lateMinutes,
        count: a.unreached,
      });
    case 'post':
      return a.filled === 0
        ? t('wall.alert.post.unstaffed', { name: a.name, minimum: a.minimum })
        : t('wall.alert.post.short', { name: a.name, filled: a.filled, minimum: a.minimum });
    case 'trip':
      return t('wall.alert.trip', {
        kind: t(`crossing.kind.${a.subjectKind}`),
        entrance: a.entranceName,
        time: time(a.at),
      });
  }
}
