import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import type { WallRounds } from '../../../../shared/wall/wallPicture';
import { useI18n } from '../../../i18n/useI18n';
import { ChartPanel, stillChart } from './ChartPanel';
import { useChartSizes } from './chartSizes';
import { classedBar } from './classedBar';

/** Today's rounds due so far: started on time, started late, missed. */
export function RoundsChart({ today }: { today: WallRounds['today'] }) {
  const { t } = useI18n();
  const sizes = useChartSizes();
  const data = [
    { key: 'on-time', name: t('wall.chart.onTime'), count: today.onTime },
    { key: 'late', name: t('wall.chart.late'), count: today.late },
    { key: 'missed', name: t('wall.chart.missed'), count: today.missed },
  ];
  return (
    <ChartPanel id="rounds" title={t('wall.chart.rounds', { due: today.due })}>
      <BarChart data={data} {...stillChart} margin={sizes.margin}>
        <CartesianGrid vertical={false} className="wall-grid" />
        <XAxis dataKey="name" tickLine={false} interval={0} height={sizes.xAxisHeight} />
        <YAxis allowDecimals={false} width={sizes.yAxisWidth} />
        <Bar dataKey="count" isAnimationActive={false} shape={classedBar((i) => `wall-bar-${data[i]?.key ?? ''}`)}>
          <LabelList dataKey="count" position="top" className="wall-bar-label" />
        </Bar>
      </BarChart>
    </ChartPanel>
  );
}
