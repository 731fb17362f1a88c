import { useI18n } from '../../../i18n/useI18n';
import { formatDate } from '../../../i18n/format';
import { zonedInstant } from '../../../../shared/time/zoned';
import { periodKinds, type Period, type PeriodKind } from './period';

/** Which period the history shows: its length, a date in it, the one before or after, today's. */
export function PeriodBar({
  kind,
  date,
  period,
  timeZone,
  onKind,
  onDate,
  onStep,
  onToday,
}: {
  kind: PeriodKind;
  date: string;
  period: Period;
  timeZone: string;
  onKind: (k: PeriodKind) => void;
  onDate: (d: string) => void;
  onStep: (step: number) => void;
  onToday: () => void;
}) {
  const { t, locale } = useI18n();
  const day = (d: string) => formatDate(zonedInstant(d, 12 * 60, timeZone), locale, timeZone);
  return (
    <div className="history-period">
      <label>
        {t('patrolHistory.period')}
        <select value={kind} onChange={(e) => onKind(e.target.value as PeriodKind)}>
          {periodKinds.map((k) => (
            <option key={k} value={k}>
              {t(`patrolHistory.period.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('patrolHistory.date')}
        <input
          type="date"
          value={date}
          required
          onChange={(e) => {
            if (/^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) onDate(e.target.value);
          }}
        />
      </label>
      <button type="button" data-step="-1" onClick={() => onStep(-1)}>
        {t('patrolHistory.previous')}
      </button>
      <button type="button" data-step="1" onClick={() => onStep(1)}>
        {t('patrolHistory.next')}
      </button>
      <button type="button" onClick={onToday}>
        {t('patrolHistory.today')}
      </button>
      <p className="history-range" aria-live="polite">
        {period.first === period.last
          ? day(period.first)
          : t('patrolHistory.range', { from: day(period.first), to: day(period.last) })}
      </p>
    </div>
  );
}
