import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import type { WallPost } from '../../../../shared/wall/wallPicture';
import { useI18n } from '../../../i18n/useI18n';
import { ChartLegend } from './ChartLegend';
import { ChartPanel, stillChart } from './ChartPanel';
import { useChartSizes } from './chartSizes';

/** Staffing by post now: how many stand there against the minimum, a row per post, so long names read whole. */
export function StaffingChart({ posts }: { posts: readonly WallPost[] }) {
  const { t } = useI18n();
  const sizes = useChartSizes();
  const data = posts.map((p) => ({ name: p.name, filled: p.filled, minimum: p.minimum }));
  return (
    <ChartPanel id="staffing" title={t('wall.chart.staffing')}>
      <BarChart
        data={data}
        layout="vertical"
        {...stillChart}
        margin={{ ...sizes.margin, top: 0, right: sizes.margin.right * 2 }}
        barGap={2}
      >
        <CartesianGrid horizontal={false} className="wall-grid" />
        <XAxis type="number" allowDecimals={false} height={sizes.xAxisHeight} />
        <YAxis
          type="category"
          dataKey="name"
          interval={0}
          tickLine={false}
          width={sizes.namesWidth(data.map((d) => d.name))}
        />
        <Bar dataKey="filled" name={t('wall.chart.filled')} className="wall-bar-main" isAnimationActive={false}>
          <LabelList dataKey="filled" position="right" className="wall-bar-label" />
        </Bar>
        <Bar dataKey="minimum" name={t('wall.chart.minimum')} className="wall-bar-hollow" isAnimationActive={false} />
      </BarChart>
      <ChartLegend
        items={[
          ['wall-bar-main', t('wall.chart.filled')],
          ['wall-bar-hollow', t('wall.chart.minimum')],
        ]}
      />
    </ChartPanel>
  );
}
