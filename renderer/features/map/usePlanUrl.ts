import { useEffect, useState } from 'react';
import type { Plan } from '../../../shared/domain';
import { xiangzhangyuanPlanSvg } from '../../../shared/demo/xiangzhangyuanPlan';
import { useServices } from '../../app/ServicesContext';
import { gridPlanSvg } from './gridPlan';

const bundledPlans: Record<string, string> = { xiangzhangyuan: xiangzhangyuanPlanSvg };

/** An object URL for the site's plan picture (bundled, imported or a blank grid), revoked when done. */
export function usePlanUrl(plan: Plan | undefined): string | null {
  const { db } = useServices();
  const [url, setUrl] = useState<string | null>(null);
  const key = plan ? JSON.stringify(plan) : '';
  useEffect(() => {
    if (!plan) return;
    let made: string | null = null;
    let cancelled = false;
    const show = (blob: Blob) => {
      if (cancelled) return;
      made = URL.createObjectURL(blob);
      setUrl(made);
    };
    if (plan.kind === 'image') {
      db.planAssets.get(plan.blobKey).then((asset) => asset && show(asset.data), () => setUrl(null));
    } else {
      const svg = plan.kind === 'bundled' ? bundledPlans[plan.name] ?? gridPlanSvg(plan.width, plan.height, plan.metresPerUnit) : gridPlanSvg(plan.width, plan.height, plan.metresPerUnit);
      show(new Blob([svg], { type: 'image/svg+xml' }));
    }
    return () => {
      cancelled = true;
      if (made) URL.revokeObjectURL(made);
    };
    // The plan is compared by value: a new object with the same content is the same plan.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, key]);
  return url;
}
