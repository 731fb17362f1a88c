import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import type { WallCrossingHour } from '../../../../shared/wall/wallPicture';
import { useI18n } from '../../../i18n/useI18n';
import { ChartPanel, stillChart } from './ChartPanel';
import { useChartSizes } from './chartSizes';
import { ChartLegend } from './ChartLegend';

/** Today's crossings at the entrances by hour, in and out stacked. */
export function CrossingsChart({ hours }: { hours: readonly WallCrossingHour[] }) {
  const { t } = useI18n();
  const sizes = useChartSizes();
  const total = hours.reduce((n, h) => n + h.in + h.out, 0);
  return (
    <ChartPanel id="crossings" title={t('wall.chart.crossings', { count: total })}>
      <BarChart data={[...hours]} {...stillChart} margin={sizes.margin}>
        <CartesianGrid vertical={false} className="wall-grid" />
        <XAxis dataKey="hour" tickLine={false} interval={2} height={sizes.xAxisHeight} />
        <YAxis allowDecimals={false} width={sizes.yAxisWidth} />
        <Bar dataKey="in" stackId="c" className="wall-bar-main" isAnimationActive={false} />
        <Bar dataKey="out" stackId="c" className="wall-bar-hollow" isAnimationActive={false} />
      </BarChart>
      <ChartLegend
        items={[
          ['wall-bar-main', t('crossing.direction.in')],
          ['wall-bar-hollow', t('crossing.direction.out')],
        ]}
      />
    </ChartPanel>
  );
}
