import { useEffect, useState } from 'react';
import type { Plan } from '../../../shared/domain';
import { useServices } from '../../app/ServicesContext';
import { drawnPlanUrl } from './drawnPlanUrl';

/** An object URL for an imported plan picture, read from the store and revoked when done. */
function useImportedPlanUrl(blobKey: string | null): string | null {
  const { db } = useServices();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blobKey) return;
    let made: string | null = null;
    let cancelled = false;
    db.planAssets.get(blobKey).then(
      (asset) => {
        if (cancelled || !asset) return;
        made = URL.createObjectURL(asset.data);
        setUrl(made);
      },
      () => setUrl(null),
    );
    return () => {
      cancelled = true;
      if (made) URL.revokeObjectURL(made);
    };
  }, [db, blobKey]);
  return blobKey ? url : null;
}

export function usePlanUrl(plan: Plan | undefined): string | null {
  const imported = useImportedPlanUrl(plan?.kind === 'image' ? plan.blobKey : null);
  if (!plan) return null;
  return plan.kind === 'image' ? imported : drawnPlanUrl(plan);
}
