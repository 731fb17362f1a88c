import type { SheetPlan as PlanData } from '../../../../shared/print/sheetData';
import { useI18n } from '../../../i18n/useI18n';
import { usePlanUrl } from '../../../plan/usePlanUrl';
import { PlanMarker } from './PlanMarker';

/**
 * The site plan, small, as vector: the plan's own picture (a drawn plan stays vector in
 * the PDF) with the entrances and posts numbered as in the tables. Not the screen map:
 * Leaflet's tiles and canvas would print as a blurred screenshot.
 */
export function SheetPlan({ data }: { data: PlanData }) {
  const { t } = useI18n();
  const url = usePlanUrl(data.plan);
  const { width, height } = data.plan;
  const size = Math.max(width, height) / 26;
  return (
    <figure className="sheet-plan" style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={t('sheets.plan.title')}
        data-plan-ready={url ? 'yes' : 'no'}
      >
        {url && <image href={url} x={0} y={0} width={width} height={height} preserveAspectRatio="none" />}
        {data.posts.map((p) => (
          <PlanMarker key={`p${p.number}`} shape="post" number={p.number} x={p.x} y={p.y} size={size} />
        ))}
        {data.entrances.map((e) => (
          <PlanMarker key={`e${e.number}`} shape="entrance" number={e.number} x={e.x} y={e.y} size={size * 1.15} />
        ))}
      </svg>
      <figcaption>{t('sheets.plan.legend')}</figcaption>
    </figure>
  );
}
