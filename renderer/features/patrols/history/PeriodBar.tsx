import { useI18n } from '../../../i18n/useI18n';
import { formatDate } from '../../../i18n/format';
import { zonedInstant } from '../../../../shared/time/zoned';
import { MAX_RANGE_DAYS, periodKinds, type Period, type PeriodKind } from './period';
import { ChoiceSelect } from '../../../ui/ChoiceSelect';

/** Which period the history shows: its length, a date in it, the one before or after, today's. */
export function PeriodBar({
  kind,
  date,
  until,
  period,
  capped,
  timeZone,
  onKind,
  onDate,
  onUntil,
  onStep,
  onToday,
}: {
  kind: PeriodKind;
  date: string;
  /** The last day asked for a from–to period. */
  until: string;
  period: Period;
  /** The from–to period asked was longer than allowed and is cut short. */
  capped: boolean;
  timeZone: string;
  onKind: (k: PeriodKind) => void;
  onDate: (d: string) => void;
  onUntil: (d: string) => void;
  onStep: (step: number) => void;
  onToday: () => void;
}) {
  const { t, locale } = useI18n();
  const day = (d: string) => formatDate(zonedInstant(d, 12 * 60, timeZone), locale, timeZone);
  return (
    <div className="history-period">
      <label>
        {t('patrolHistory.period')}
        <ChoiceSelect
          value={kind}
          choices={periodKinds}
          labelOf={(k) => t(`patrolHistory.period.${k}`)}
          onChoose={onKind}
        />
      </label>
      <DateField
        label={t(kind === 'range' ? 'patrolHistory.from' : 'patrolHistory.date')}
        value={date}
        onDate={onDate}
      />
      {kind === 'range' && <DateField label={t('patrolHistory.until')} value={until} onDate={onUntil} />}
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
      {capped && (
        <p className="history-capped" role="status">
          {t('patrolHistory.capped', { days: String(MAX_RANGE_DAYS), last: day(period.last) })}
        </p>
      )}
    </div>
  );
}

/** A local date, taken only when whole (a half-typed date leaves the period as it was). */
function DateField({ label, value, onDate }: { label: string; value: string; onDate: (d: string) => void }) {
  return (
    <label>
      {label}
      <input
        type="date"
        value={value}
        required
        onChange={(e) => {
          if (/^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) onDate(e.target.value);
        }}
      />
    </label>
  );
}
