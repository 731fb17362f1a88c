import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { HourCounts } from '../../../../shared/rules/patrolPunctuality';
import { useI18n } from '../../../i18n/useI18n';

const series = [
  { key: 'due', label: 'patrolHistory.col.due' },
  { key: 'onTime', label: 'patrolHistory.col.onTime' },
  { key: 'lateOrMissed', label: 'patrolHistory.col.lateOrMissed' },
] as const;

/** Fills that differ without colour: outline, solid, hatched (a black-and-white print still reads). */
function Patterns() {
  return (
    <defs>
      <pattern id="history-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" className="history-bar-lateOrMissed-bg" />
        <line x1="0" y1="0" x2="0" y2="6" className="history-bar-hatch" strokeWidth="3" />
      </pattern>
    </defs>
  );
}

const fillOf = (key: (typeof series)[number]['key']) =>
  key === 'lateOrMissed' ? 'url(#history-hatch)' : key === 'due' ? 'var(--surface)' : 'var(--text)';

/**
 * Rounds per hour of the site's day as grouped bars. Loaded on its own (React.lazy) so
 * Recharts is fetched when the history opens; no animation, as on the perimeter chart.
 * The table beside it carries the same numbers for screen readers (the chart is hidden from them).
 */
function HourChart({ hours }: { hours: readonly HourCounts[] }) {
  const { t } = useI18n();
  return (
    <div className="history-chart" aria-hidden="true">
      <BarChart
        data={[...hours]}
        responsive
        style={{ width: '100%', height: '100%' }}
        margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
        accessibilityLayer={false}
      >
        <Patterns />
        <CartesianGrid vertical={false} />
        <XAxis dataKey="hour" tickFormatter={(h: number) => String(h).padStart(2, '0')} interval={0} />
        <YAxis allowDecimals={false} domain={[0, 'dataMax']} />
        <Tooltip
          labelFormatter={(h) =>
            typeof h === 'number' ? t('patrolHistory.hour', { hour: String(h).padStart(2, '0') }) : ''
          }
          cursor={{ className: 'history-chart-cursor' }}
          wrapperClassName="history-chart-tooltip"
          isAnimationActive={false}
        />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={t(s.label)}
            fill={fillOf(s.key)}
            className={`history-bar history-bar-${s.key}`}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
      <ul className="history-chart-legend">
        {series.map((s) => (
          <li key={s.key}>
            <svg width="14" height="14" aria-hidden="true">
              <rect width="13" height="13" x="0.5" y="0.5" fill={fillOf(s.key)} className="history-legend-box" />
            </svg>
            {t(s.label)}
          </li>
        ))}
      </ul>
    </div>
  );
}

// Memoised so a render with the deferred hours unchanged skips the chart.
export default memo(HourChart);
