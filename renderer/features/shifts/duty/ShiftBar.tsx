import type { Shift } from '../../../../shared/domain';
import { shiftRangeText } from '../../../../shared/rules/shiftTimes';
import { formatDate } from '../../../i18n/format';
import { useI18n } from '../../../i18n/useI18n';

/** The shown shift's name, day and times, with the way to the shift before, after, and back to now. */
export function ShiftBar({
  shift,
  running,
  previous,
  next,
  timeZone,
  onPick,
  onNow,
}: {
  shift: Shift | null;
  running: boolean;
  previous: Shift | null;
  next: Shift | null;
  timeZone: string;
  onPick: (shiftId: string) => void;
  onNow: (() => void) | null;
}) {
  const { t, locale } = useI18n();
  return (
    <div className="duty-bar">
      <button
        type="button"
        className="button-quiet"
        disabled={!previous}
        onClick={() => previous && onPick(previous.id)}
      >
        ← {t('duty.prevShift')}
      </button>
      <h3 data-testid="duty-shift">
        {shift
          ? t('duty.shiftTitle', {
              name: shift.name,
              date: formatDate(shift.startsAt, locale, timeZone),
              ...shiftRangeText(shift.startsAt, shift.endsAt, timeZone),
            })
          : t('duty.noShift')}
        {running && <span className="badge duty-running">{t('duty.running')}</span>}
      </h3>
      <button type="button" className="button-quiet" disabled={!next} onClick={() => next && onPick(next.id)}>
        {t('duty.nextShift')} →
      </button>
      {onNow && (
        <button type="button" className="button-secondary" onClick={onNow}>
          {t('duty.backToNow')}
        </button>
      )}
    </div>
  );
}
