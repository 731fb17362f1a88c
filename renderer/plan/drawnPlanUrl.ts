import type { Plan } from '../../shared/domain';
import { xiangzhangyuanPlanSvg } from '../../shared/demo/xiangzhangyuanPlan';
import { gridPlanSvg } from './gridPlan';

const bundledPlans: Record<string, string> = { xiangzhangyuan: xiangzhangyuanPlanSvg };

/**
 * Drawn plans (bundled or a blank grid) are made into object URLs once per window and
 * kept: the URL is ready on the first render, so the picture starts loading at once.
 */
const drawnUrls = new Map<string, string>();
export function drawnPlanUrl(plan: Exclude<Plan, { kind: 'image' }>): string {
  const svg =
    (plan.kind === 'bundled' ? bundledPlans[plan.name] : undefined) ??
    gridPlanSvg(plan.width, plan.height, plan.metresPerUnit);
  let url = drawnUrls.get(svg);
  if (!url) {
    url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    drawnUrls.set(svg, url);
  }
  return url;
}

/**
 * Starts fetching and decoding a drawn plan before the map asks for it, so the picture
 * is ready when Leaflet puts it on screen. Imported pictures are left to the map.
 */
export function preloadPlan(plan: Plan): void {
  if (plan.kind === 'image') return;
  const img = new Image();
  img.src = drawnPlanUrl(plan);
  img.decode().catch(() => undefined);
}
