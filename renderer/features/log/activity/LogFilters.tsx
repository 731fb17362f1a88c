import { activityKinds, type Shift } from '../../../../shared/domain';
import { formatTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/useI18n';

export interface LogFilter {
  /** The whole last year instead of one day. */
  all: boolean;
  /** The site-clock day shown, "YYYY-MM-DD". */
  date: string;
  /** One shift of that day, or '' for the whole day. */
  shiftId: string;
  kind: string;
  text: string;
}

/** The log's filters: a day (today first) or the whole year, a shift of the day, a category, and text. */
export function LogFilters({
  filter,
  shifts,
  timeZone,
  onChange,
}: {
  filter: LogFilter;
  shifts: readonly Shift[];
  timeZone: string;
  onChange: (f: LogFilter) => void;
}) {
  const { t, locale } = useI18n();
  const set = (more: Partial<LogFilter>) => onChange({ ...filter, ...more });
  return (
    <fieldset className="log-filters">
      <legend className="visually-hidden">{t('log.filter.label')}</legend>
      <label>
        <span>{t('log.filter.period')}</span>
        <select value={filter.all ? 'all' : 'day'} onChange={(e) => set({ all: e.target.value === 'all' })}>
          <option value="day">{t('log.period.day')}</option>
          <option value="all">{t('log.period.all')}</option>
        </select>
      </label>
      <label>
        <span>{t('log.filter.day')}</span>
        <input
          type="date"
          value={filter.date}
          disabled={filter.all}
          required
          onChange={(e) => e.target.value && set({ date: e.target.value, shiftId: '' })}
        />
      </label>
      <label>
        <span>{t('log.filter.shift')}</span>
        <select value={filter.shiftId} disabled={filter.all} onChange={(e) => set({ shiftId: e.target.value })}>
          <option value="">{t('log.filter.allShifts')}</option>
          {shifts.map((s) => (
            <option key={s.id} value={s.id}>
              {`${s.name} ${formatTime(s.startsAt, locale, timeZone)}–${formatTime(s.endsAt, locale, timeZone)}`}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('log.filter.kind')}</span>
        <select value={filter.kind} onChange={(e) => set({ kind: e.target.value })}>
          <option value="">{t('log.filter.allKinds')}</option>
          {activityKinds.map((k) => (
            <option key={k} value={k}>
              {t(`log.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('log.filter.text')}</span>
        <input type="search" value={filter.text} maxLength={100} onChange={(e) => set({ text: e.target.value })} />
      </label>
    </fieldset>
  );
}
