import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { DayProgress } from '../../../shared/rules/upgradeProgress';
import { workStates } from '../../../shared/domain/perimeterValues';
import { useI18n } from '../../i18n/useI18n';
import { formatDay } from './dates';
import { ProgressPatterns, patternId } from './ProgressPatterns';

/**
 * Items by state per day as stacked bars. Loaded on its own (React.lazy) so Recharts is
 * fetched when this screen opens, not at start. Colours and patterns come from the
 * theme's CSS variables, so day and night both read; no animation, the figures are
 * what matter and a bar that grows would be caught half-way by a screenshot or print.
 */
export default function ProgressChart({ days }: { days: DayProgress[] }) {
  const { t, locale } = useI18n();
  return (
    <div className="upgrade-chart" aria-hidden="true">
      <BarChart
        data={days}
        responsive
        style={{ width: '100%', height: '100%' }}
        margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
        accessibilityLayer={false}
      >
        <ProgressPatterns />
        <CartesianGrid vertical={false} />
        <XAxis dataKey="date" tickFormatter={(d: string) => formatDay(d, locale)} minTickGap={12} />
        <YAxis allowDecimals={false} />
        <Tooltip
          labelFormatter={(d) => (typeof d === 'string' ? formatDay(d, locale) : '')}
          cursor={{ className: 'upgrade-chart-cursor' }}
          wrapperClassName="upgrade-chart-tooltip"
          isAnimationActive={false}
        />
        {workStates.map((s) => (
          <Bar
            key={s}
            dataKey={s}
            name={t(`workState.${s}`)}
            stackId="state"
            fill={`url(#${patternId(s)})`}
            className={`upgrade-bar upgrade-bar-${s}`}
            maxBarSize={56}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
      <ul className="upgrade-chart-legend">
        {workStates.map((s) => (
          <li key={s}>
            <svg width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" fill={`url(#${patternId(s)})`} className={`upgrade-bar-${s}`} />
            </svg>
            {t(`workState.${s}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
