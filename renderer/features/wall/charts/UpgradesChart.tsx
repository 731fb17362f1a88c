import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { workStates } from '../../../../shared/domain/perimeterValues';
import type { StateCounts } from '../../../../shared/rules/upgradeProgress';
import { useI18n } from '../../../i18n/useI18n';
import { ChartPanel, stillChart } from './ChartPanel';
import { useChartSizes } from './chartSizes';
import { classedBar } from './classedBar';

/** Perimeter upgrade items by state: planned, under way, done, checked. */
export function UpgradesChart({ counts }: { counts: StateCounts }) {
  const { t } = useI18n();
  const sizes = useChartSizes();
  const data = workStates.map((s) => ({ key: s, name: t(`workState.${s}`), count: counts[s] }));
  const total = data.reduce((n, d) => n + d.count, 0);
  return (
    <ChartPanel id="upgrades" title={t('wall.chart.upgrades', { done: counts.done + counts.checked, total })}>
      <BarChart data={data} {...stillChart} margin={sizes.margin}>
        <CartesianGrid vertical={false} className="wall-grid" />
        <XAxis dataKey="name" tickLine={false} interval={0} height={sizes.xAxisHeight} />
        <YAxis allowDecimals={false} width={sizes.yAxisWidth} />
        <Bar dataKey="count" isAnimationActive={false} shape={classedBar((i) => `wall-bar-work-${data[i]?.key ?? ''}`)}>
          <LabelList dataKey="count" position="top" className="wall-bar-label" />
        </Bar>
      </BarChart>
    </ChartPanel>
  );
}
