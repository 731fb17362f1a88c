import type { HourCounts } from '../../../../shared/rules/patrolPunctuality';
import { formatNumber } from '../../../i18n/format';
import { useI18n } from '../../../i18n/useI18n';

/** The chart's numbers as a table: what a screen reader reads, and what prints in black and white. */
export function HourTable({ hours }: { hours: readonly HourCounts[] }) {
  const { t, locale } = useI18n();
  return (
    <table className="history-table history-hours">
      <caption>{t('patrolHistory.byHour')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('patrolHistory.col.hour')}</th>
          <th scope="col">{t('patrolHistory.col.due')}</th>
          <th scope="col">{t('patrolHistory.col.onTime')}</th>
          <th scope="col">{t('patrolHistory.col.lateOrMissed')}</th>
        </tr>
      </thead>
      <tbody>
        {hours.map((h) => (
          <tr key={h.hour}>
            <th scope="row">{t('patrolHistory.hour', { hour: String(h.hour).padStart(2, '0') })}</th>
            <td>{formatNumber(h.due, locale)}</td>
            <td>{formatNumber(h.onTime, locale)}</td>
            <td>{formatNumber(h.lateOrMissed, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
