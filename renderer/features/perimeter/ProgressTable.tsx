import type { DayProgress } from '../../../shared/rules/upgradeProgress';
import { workStates } from '../../../shared/domain/perimeterValues';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { formatDay } from './dates';

/**
 * The chart's figures as a table, for screen readers (the bars are hidden from them) and
 * for anyone checking the chart against the list. Visually hidden, never display:none.
 */
export function ProgressTable({ days }: { days: DayProgress[] }) {
  const { t, locale } = useI18n();
  return (
    <table className="visually-hidden" data-testid="progress-table">
      <caption>{t('perimeter.chartTable')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('perimeter.col.date')}</th>
          {workStates.map((s) => (
            <th key={s} scope="col">
              {t(`workState.${s}`)}
            </th>
          ))}
          <th scope="col">{t('perimeter.col.total')}</th>
        </tr>
      </thead>
      <tbody>
        {days.map((d) => (
          <tr key={d.date} data-date={d.date}>
            <th scope="row">{formatDay(d.date, locale)}</th>
            {workStates.map((s) => (
              <td key={s} data-state={s}>
                {formatNumber(d[s], locale)}
              </td>
            ))}
            <td>{formatNumber(d.total, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
