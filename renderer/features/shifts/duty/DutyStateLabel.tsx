import { formatTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/useI18n';
import type { DutyState } from './roster';

/** A person's state in words (a late check-in says so, not by colour alone), times in the site's zone. */
export function DutyStateLabel({ state, timeZone }: { state: DutyState; timeZone: string }) {
  const { t, locale } = useI18n();
  const time = (ms: number) => formatTime(ms, locale, timeZone);
  switch (state.kind) {
    case 'not-yet':
      return <span className="duty-state state-not-yet">{t('duty.state.notYet')}</span>;
    case 'in':
      return <span className="duty-state state-in">{t('duty.state.in', { time: time(state.at) })}</span>;
    case 'late':
      return (
        <strong className="duty-state state-late">
          ⚠ {t('duty.state.late', { time: time(state.at), minutes: state.minutes })}
        </strong>
      );
    case 'out':
      return <span className="duty-state state-out">{t('duty.state.out', { time: time(state.at) })}</span>;
    case 'replaced':
      return (
        <span className="duty-state state-replaced">
          {t('duty.state.replaced', { name: state.by, time: time(state.at) })}
        </span>
      );
  }
}
