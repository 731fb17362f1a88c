import { alertLines, type AlertLine, type WallAlert } from '../../../shared/wall/wallAlerts';
import { formatShortDate, formatTime } from '../../i18n/format';
import type { I18n } from '../../i18n/I18nContext';
import { useI18n } from '../../i18n/useI18n';

/**
 * Every alert, most urgent first, each with a ▲ and its words (not colour alone). All of
 * them always show: the panel grows and the panels below give way; past eight, each kind
 * is one line naming every alert of it (alertLines).
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
        <ol className="wall-alert-list">
          {alertLines(alerts).map((line) => (
            <li key={line.key} className={`wall-alert wall-alert-${line.group}`}>
              <span className="wall-alert-mark" aria-hidden="true">
                ▲
              </span>
              {lineText(line, t, (ms) => whenText(ms, today, locale, timeZone))}
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

function lineText(line: AlertLine, t: I18n['t'], time: (ms: number) => string): string {
  const [only] = line.alerts;
  if (only && line.alerts.length === 1) return alertText(only, t, time);
  return t('wall.groupLine', {
    head: t(`wall.group.${line.group}`, { count: line.alerts.length }),
    items: line.alerts.map((a) => subjectText(a, t, time)).join(t('wall.nameSeparator')),
  });
}

/** An alert in a line of its kind: what it is about, in a few words. */
function subjectText(a: WallAlert, t: I18n['t'], time: (ms: number) => string): string {
  switch (a.kind) {
    case 'incident':
      return `${t(`category.${a.category}`)} ${time(a.at)}`;
    case 'entrance':
      return `${a.name} ${t(`entranceState.${a.state}`)}`;
    case 'round':
      return t('wall.roundSubject', {
        route: a.routeName,
        time: time(a.dueAt),
        status: t(`wall.roundStatus.${a.status}`),
      });
    case 'post':
      return t('wall.postSubject', { name: a.name, filled: a.filled, minimum: a.minimum });
    case 'trip':
      return `${t(`crossing.kind.${a.subjectKind}`)} ${time(a.at)}`;
  }
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
