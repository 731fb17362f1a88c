import { formatTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/useI18n';
import type { DutyEvent } from './roster';

/** The shift's check-ins, check-outs and swaps in time order; a late check-in says so in words. */
export function ShiftHistory({ events, timeZone }: { events: readonly DutyEvent[]; timeZone: string }) {
  const { t, locale } = useI18n();
  const text = (e: DutyEvent) => {
    switch (e.kind) {
      case 'in':
        return t('duty.event.in', { name: e.name, post: e.post });
      case 'late':
        return t('duty.event.late', { name: e.name, post: e.post, minutes: e.minutes });
      case 'out':
        return t('duty.event.out', { name: e.name, post: e.post });
      case 'swap':
        return t('duty.event.swap', { from: e.from, to: e.to, post: e.post });
    }
  };
  return (
    <section className="duty-history" aria-labelledby="duty-history-title">
      <h3 id="duty-history-title">{t('duty.history')}</h3>
      {events.length === 0 ? (
        <p className="hint">{t('duty.history.empty')}</p>
      ) : (
        <ol data-testid="duty-history">
          {events.map((e) => (
            <li key={`${e.kind}-${e.id}`} className={e.kind === 'late' ? 'event-late' : undefined}>
              <time>{formatTime(e.at, locale, timeZone)}</time> {e.kind === 'late' && '⚠ '}
              {text(e)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
